/**
 * The deputies' year (issue 10): proposals and their collection windows, candidates screened from
 * them, vote sessions with their ballots, deputies' supervision (groups, site visits,
 * suggestions) and the year-end satisfaction rating.
 *
 * The secret ballot lives in two tables that share nothing but the session: `ballot_receipts`
 * (who has voted, no content) and `ballots` (content, no voter, a random id, no time). On SQLite
 * `ballots` is WITHOUT ROWID, so even the storage order is the random id's, not the insertion's.
 */
import { type ColumnDefinitionBuilder, type Kysely, type Migration, sql } from 'kysely';
import type { Engine } from '../database.ts';

export function congressMigration(engine: Engine): Migration {
  const id = (col: ColumnDefinitionBuilder) =>
    engine === 'postgres'
      ? col.primaryKey().generatedByDefaultAsIdentity()
      : col.primaryKey().autoIncrement();
  const ref =
    (table: string, onDelete: 'cascade' | 'set null' = 'cascade') =>
    (col: ColumnDefinitionBuilder) =>
      col.references(`${table}.id`).onDelete(onDelete);
  const version = (c: ColumnDefinitionBuilder) => c.notNull().defaultTo(1);

  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are written against no fixed schema
    async up(db: Kysely<any>) {
      const s = db.schema;
      await s
        .createTable('proposal_windows')
        .addColumn('year', 'integer', (c) => c.primaryKey())
        .addColumn('opens_on', 'text', (c) => c.notNull())
        .addColumn('closes_on', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', version)
        .execute();
      await s
        .createTable('candidates')
        .addColumn('id', 'integer', id)
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('cost', 'double precision')
        .addColumn('unit', 'text')
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('decision', 'text', (c) => c.notNull())
        .addColumn('refusal', 'text')
        .addColumn('reason', 'text')
        .addColumn('decided_at', 'text')
        .addColumn('item_id', 'integer', ref('items', 'set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', version)
        .execute();
      await s.createIndex('candidates_year').on('candidates').columns(['year', 'id']).execute();
      await s
        .createTable('proposals')
        .addColumn('id', 'integer', id)
        .addColumn('tracking_number', 'text', (c) => c.notNull().unique())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('place', 'text')
        .addColumn('contact', 'text')
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('candidate_id', 'integer', ref('candidates', 'set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', version)
        .execute();
      await s.createIndex('proposals_year').on('proposals').columns(['year', 'id']).execute();
      await s
        .createIndex('proposals_candidate')
        .on('proposals')
        .columns(['candidate_id'])
        .execute();
      await s
        .createTable('vote_sessions')
        .addColumn('id', 'integer', id)
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('seats', 'integer', (c) => c.notNull())
        .addColumn('max_choices', 'integer', (c) => c.notNull())
        .addColumn('allow_abstain', 'integer', (c) => c.notNull())
        .addColumn('pass_rule', 'text', (c) => c.notNull())
        .addColumn('tie_rule', 'text', (c) => c.notNull())
        .addColumn('opens_at', 'text', (c) => c.notNull())
        .addColumn('closes_at', 'text', (c) => c.notNull())
        .addColumn('electorate', 'integer', (c) => c.notNull())
        .addColumn('paper_ballots', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('paper_abstentions', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('paper_counts', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('result', 'text')
        .addColumn('published_at', 'text')
        .addColumn('plan_id', 'integer', ref('plans', 'set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', version)
        .execute();
      await s
        .createTable('vote_candidates')
        .addColumn('session_id', 'integer', (c) => ref('vote_sessions')(c.notNull()))
        .addColumn('candidate_id', 'integer', (c) => ref('candidates')(c.notNull()))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('vote_candidates_pk', ['session_id', 'candidate_id'])
        .execute();
      // Who has voted: no content, no time.
      await s
        .createTable('ballot_receipts')
        .addColumn('session_id', 'integer', (c) => ref('vote_sessions')(c.notNull()))
        .addColumn('user_id', 'integer', (c) => ref('users')(c.notNull()))
        .addPrimaryKeyConstraint('ballot_receipts_pk', ['session_id', 'user_id'])
        .execute();
      // What was chosen: no voter, no time, a random id.
      await s
        .createTable('ballots')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'integer', (c) => ref('vote_sessions')(c.notNull()))
        .addColumn('choices', 'text', (c) => c.notNull())
        .$call((t) => (engine === 'sqlite' ? t.modifyEnd(sql`without rowid`) : t))
        .execute();
      await s.createIndex('ballots_session').on('ballots').columns(['session_id', 'id']).execute();
      await s
        .createTable('supervision_members')
        .addColumn('item_id', 'integer', (c) => ref('items')(c.notNull()))
        .addColumn('user_id', 'integer', (c) => ref('users')(c.notNull()))
        .addColumn('is_head', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('supervision_members_pk', ['item_id', 'user_id'])
        .execute();
      await s
        .createTable('site_visits')
        .addColumn('id', 'integer', id)
        .addColumn('item_id', 'integer', (c) => ref('items')(c.notNull()))
        .addColumn('visited_on', 'text', (c) => c.notNull())
        .addColumn('participants', 'text', (c) => c.notNull())
        .addColumn('findings', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', version)
        .execute();
      await s.createIndex('site_visits_item').on('site_visits').columns(['item_id']).execute();
      // A visit's photos go through the attachment store like a report's evidence.
      await s
        .alterTable('attachments')
        .addColumn('visit_id', 'integer', ref('site_visits'))
        .execute();
      await s.createIndex('attachments_visit').on('attachments').columns(['visit_id']).execute();
      await s
        .createTable('suggestions')
        .addColumn('id', 'integer', id)
        .addColumn('item_id', 'integer', (c) => ref('items')(c.notNull()))
        .addColumn('visit_id', 'integer', ref('site_visits', 'set null'))
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('made_by', 'text', (c) => c.notNull())
        .addColumn('made_at', 'text', (c) => c.notNull())
        .addColumn('answer', 'text')
        .addColumn('answered_by', 'text')
        .addColumn('answered_at', 'text')
        .addColumn('version', 'integer', version)
        .execute();
      await s.createIndex('suggestions_item').on('suggestions').columns(['item_id']).execute();
      await s
        .createTable('rating_sessions')
        .addColumn('id', 'integer', id)
        .addColumn('plan_id', 'integer', (c) => ref('plans')(c.notNull()))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('opens_at', 'text', (c) => c.notNull())
        .addColumn('closes_at', 'text', (c) => c.notNull())
        .addColumn('pass_percent', 'integer', (c) => c.notNull())
        .addColumn('result', 'text')
        .addColumn('published_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', version)
        .execute();
      await s
        .createTable('deputy_ratings')
        .addColumn('session_id', 'integer', (c) => ref('rating_sessions')(c.notNull()))
        .addColumn('item_id', 'integer', (c) => ref('items')(c.notNull()))
        .addColumn('user_id', 'integer', (c) => ref('users')(c.notNull()))
        .addColumn('grade', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('rated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('deputy_ratings_pk', ['session_id', 'item_id', 'user_id'])
        .execute();
      await s
        .createTable('public_ratings')
        .addColumn('id', 'integer', id)
        .addColumn('session_id', 'integer', (c) => ref('rating_sessions')(c.notNull()))
        .addColumn('item_id', 'integer', (c) => ref('items')(c.notNull()))
        .addColumn('grade', 'text', (c) => c.notNull())
        .addColumn('rated_at', 'text', (c) => c.notNull())
        .execute();
      await s
        .createIndex('public_ratings_session')
        .on('public_ratings')
        .columns(['session_id', 'item_id'])
        .execute();
    },
    // biome-ignore lint/suspicious/noExplicitAny: see up
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('attachments_visit').execute();
      await db.schema.alterTable('attachments').dropColumn('visit_id').execute();
      for (const table of [
        'public_ratings',
        'deputy_ratings',
        'rating_sessions',
        'suggestions',
        'site_visits',
        'supervision_members',
        'ballots',
        'ballot_receipts',
        'vote_candidates',
        'vote_sessions',
        'proposals',
        'candidates',
        'proposal_windows',
      ])
        await db.schema.dropTable(table).execute();
    },
  };
}
