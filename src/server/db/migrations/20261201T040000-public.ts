/**
 * What the public sees is kept apart from what the office works on: a record of every
 * publication of a report (the public content as it was published, so a correction is a new
 * dated record and never a silent edit), the moment each period was published as a whole, a
 * revision counter that public caches compare against, citizens' comments, and the site's keys.
 */
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import type { Engine } from '../database.ts';

/** Builds the migration for one engine (identity columns differ). */
export function publicMigration(engine: Engine): Migration {
  const id = (col: ColumnDefinitionBuilder) =>
    engine === 'postgres'
      ? col.primaryKey().generatedByDefaultAsIdentity()
      : col.primaryKey().autoIncrement();
  const ref =
    (table: string, onDelete: 'cascade' | 'set null' = 'cascade') =>
    (col: ColumnDefinitionBuilder) =>
      col.references(`${table}.id`).onDelete(onDelete);

  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are written against no fixed schema
    async up(db: Kysely<any>) {
      const s = db.schema;
      await s
        .createTable('report_publications')
        .addColumn('id', 'integer', id)
        .addColumn('report_id', 'integer', (c) => ref('reports')(c.notNull()))
        .addColumn('report_version', 'integer', (c) => c.notNull())
        .addColumn('plan_id', 'integer', (c) => ref('plans')(c.notNull()))
        .addColumn('period_id', 'integer', (c) => ref('periods')(c.notNull()))
        .addColumn('item_id', 'integer', (c) => ref('items')(c.notNull()))
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addUniqueConstraint('report_publications_version', ['report_id', 'report_version'])
        .execute();
      await s
        .createIndex('report_publications_plan')
        .on('report_publications')
        .columns(['plan_id', 'period_id'])
        .execute();
      await s
        .createIndex('report_publications_item')
        .on('report_publications')
        .columns(['item_id', 'id'])
        .execute();
      await s
        .createTable('period_publications')
        .addColumn('period_id', 'integer', (c) => ref('periods')(c.notNull().primaryKey()))
        .addColumn('plan_id', 'integer', (c) => ref('plans')(c.notNull()))
        .addColumn('published_at', 'text', (c) => c.notNull())
        .execute();
      await s
        .createIndex('period_publications_plan')
        .on('period_publications')
        .columns(['plan_id'])
        .execute();
      await s
        .createTable('public_revision')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('changed_at', 'text', (c) => c.notNull())
        .execute();
      await db
        .insertInto('public_revision')
        .values({ id: 1, revision: 1, changed_at: new Date().toISOString() })
        .execute();
      await s
        .createTable('comments')
        .addColumn('id', 'integer', id)
        .addColumn('tracking_number', 'text', (c) => c.notNull().unique())
        .addColumn('plan_id', 'integer', (c) => ref('plans')(c.notNull()))
        .addColumn('item_id', 'integer', (c) => ref('items')(c.notNull()))
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('rating', 'integer')
        .addColumn('contact', 'text')
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('reject_reason', 'text')
        .addColumn('moderated_at', 'text')
        .addColumn('assigned_unit_id', 'integer', ref('units', 'set null'))
        .addColumn('assigned_at', 'text')
        .addColumn('draft_answer', 'text')
        .addColumn('drafted_at', 'text')
        .addColumn('answer', 'text')
        .addColumn('answered_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await s.createIndex('comments_item').on('comments').columns(['item_id', 'state']).execute();
      await s
        .createIndex('comments_queue')
        .on('comments')
        .columns(['state', 'created_at'])
        .execute();
      await s.createIndex('comments_unit').on('comments').columns(['assigned_unit_id']).execute();
      await s
        .createTable('site_keys')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
    // biome-ignore lint/suspicious/noExplicitAny: see up
    async down(db: Kysely<any>) {
      for (const table of [
        'site_keys',
        'comments',
        'public_revision',
        'period_publications',
        'report_publications',
      ])
        await db.schema.dropTable(table).execute();
    },
  };
}
