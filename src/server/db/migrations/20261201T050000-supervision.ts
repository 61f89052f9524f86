/**
 * The supervision cycle: reports carried over from the last period and checked on submission,
 * co-units' contributions, tiered notices (督办单) and leaders' instructions, the reminder outbox
 * with its send log, evidence attachments, the ledger of target changes, and personal contact
 * fields (sealed with AES-256-GCM before they reach the database).
 */
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import type { Engine } from '../database.ts';

/** Builds the migration for one engine (identity columns differ). */
export function supervisionMigration(engine: Engine): Migration {
  const id = (col: ColumnDefinitionBuilder) =>
    engine === 'postgres'
      ? col.primaryKey().generatedByDefaultAsIdentity()
      : col.primaryKey().autoIncrement();
  const ref =
    (table: string, onDelete: 'cascade' | 'set null' | 'restrict' = 'cascade') =>
    (col: ColumnDefinitionBuilder) =>
      col.references(`${table}.id`).onDelete(onDelete);

  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are written against no fixed schema
    async up(db: Kysely<any>) {
      const s = db.schema;
      await s.alterTable('users').addColumn('email_sealed', 'text').execute();
      await s.alterTable('users').addColumn('phone_sealed', 'text').execute();
      await s.alterTable('units').addColumn('contact_email_sealed', 'text').execute();
      await s
        .alterTable('reports')
        .addColumn('carried_from_report_id', 'integer', ref('reports', 'set null'))
        .execute();
      await s
        .alterTable('reports')
        .addColumn('checks', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();
      await s
        .alterTable('reports')
        .addColumn('assessment_basis', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();

      await s
        .createTable('contributions')
        .addColumn('id', 'integer', id)
        .addColumn('item_id', 'integer', (c) => ref('items')(c.notNull()))
        .addColumn('period_id', 'integer', (c) => ref('periods')(c.notNull()))
        .addColumn('unit_id', 'integer', (c) => ref('units')(c.notNull()))
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('points', 'text', (c) => c.notNull())
        .addColumn('actuals', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('updated_by', 'integer')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('submitted_at', 'text')
        .addUniqueConstraint('contributions_item_period_unit', ['item_id', 'period_id', 'unit_id'])
        .execute();

      await s
        .createTable('instructions')
        .addColumn('id', 'integer', id)
        .addColumn('item_id', 'integer', (c) => ref('items')(c.notNull()))
        .addColumn('leader_id', 'integer', ref('leaders', 'set null'))
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('given_on', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await s
        .createTable('notices')
        .addColumn('id', 'integer', id)
        .addColumn('item_id', 'integer', (c) => ref('items')(c.notNull()))
        .addColumn('period_id', 'integer', ref('periods', 'set null'))
        .addColumn('tier', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        // Idempotent generation: one notice per item, period and reason (insert-or-ignore).
        .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
        .addColumn('facts', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'integer', ref('units', 'set null'))
        .addColumn('leader_ids', 'text', (c) => c.notNull())
        .addColumn('instruction_id', 'integer', ref('instructions', 'set null'))
        .addColumn('escalated_from', 'integer', ref('notices', 'set null'))
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('answer_by', 'text', (c) => c.notNull())
        .addColumn('issued_at', 'text', (c) => c.notNull())
        .addColumn('issued_by', 'text', (c) => c.notNull())
        .addColumn('signed_at', 'text')
        .addColumn('signed_by', 'text')
        .addColumn('measures', 'text')
        .addColumn('promised_date', 'text')
        .addColumn('answered_at', 'text')
        .addColumn('answered_by', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('closed_by', 'text')
        .addColumn('close_note', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();

      await s
        .createTable('reminders')
        .addColumn('id', 'integer', id)
        .addColumn('unit_id', 'integer', (c) => ref('units')(c.notNull()))
        .addColumn('period_id', 'integer', (c) => ref('periods')(c.notNull()))
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('claimed_by', 'text')
        .addColumn('claimed_at', 'text')
        .addColumn('email_outcome', 'text')
        .addColumn('sms_outcome', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        // One message per unit, period and event, however many servers or restarts.
        .addUniqueConstraint('reminders_unit_period_event', ['unit_id', 'period_id', 'event'])
        .execute();

      await s
        .createTable('reminder_sends')
        .addColumn('id', 'integer', id)
        .addColumn('reminder_id', 'integer', (c) => ref('reminders')(c.notNull()))
        .addColumn('attempt', 'integer', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('detail', 'text')
        .addColumn('worker', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();

      await s
        .createTable('attachments')
        .addColumn('id', 'integer', id)
        .addColumn('report_id', 'integer', ref('reports'))
        .addColumn('contribution_id', 'integer', ref('contributions'))
        .addColumn('unit_id', 'integer', ref('units', 'set null'))
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('blob_key', 'text', (c) => c.notNull())
        .addColumn('thumbnail_key', 'text')
        .addColumn('width', 'integer')
        .addColumn('height', 'integer')
        .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await s
        .createTable('target_changes')
        .addColumn('id', 'integer', id)
        .addColumn('item_id', 'integer', (c) => ref('items')(c.notNull()))
        .addColumn('indicator_id', 'integer', ref('indicators'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('from_value', 'text', (c) => c.notNull())
        .addColumn('to_value', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('document_ref', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('requested_by', 'text', (c) => c.notNull())
        .addColumn('requested_unit_id', 'integer', ref('units', 'set null'))
        .addColumn('requested_at', 'text', (c) => c.notNull())
        .addColumn('decided_by', 'text')
        .addColumn('decided_at', 'text')
        .addColumn('decision_note', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();

      await s
        .createIndex('contributions_period')
        .on('contributions')
        .columns(['period_id', 'item_id'])
        .execute();
      await s.createIndex('notices_unit').on('notices').columns(['unit_id', 'state']).execute();
      await s.createIndex('notices_item').on('notices').columns(['item_id']).execute();
      await s.createIndex('instructions_item').on('instructions').columns(['item_id']).execute();
      await s
        .createIndex('reminders_due')
        .on('reminders')
        .columns(['state', 'next_attempt_at'])
        .execute();
      await s
        .createIndex('reminder_sends_reminder')
        .on('reminder_sends')
        .columns(['reminder_id'])
        .execute();
      await s.createIndex('attachments_report').on('attachments').columns(['report_id']).execute();
      await s
        .createIndex('attachments_contribution')
        .on('attachments')
        .columns(['contribution_id'])
        .execute();
      await s
        .createIndex('target_changes_item')
        .on('target_changes')
        .columns(['item_id', 'state'])
        .execute();
    },
    // biome-ignore lint/suspicious/noExplicitAny: see up
    async down(db: Kysely<any>) {
      for (const table of [
        'target_changes',
        'attachments',
        'reminder_sends',
        'reminders',
        'notices',
        'instructions',
        'contributions',
      ]) {
        await db.schema.dropTable(table).execute();
      }
      for (const [table, column] of [
        ['reports', 'assessment_basis'],
        ['reports', 'checks'],
        ['reports', 'carried_from_report_id'],
        ['units', 'contact_email_sealed'],
        ['users', 'phone_sealed'],
        ['users', 'email_sealed'],
      ] as const) {
        await db.schema.alterTable(table).dropColumn(column).execute();
      }
    },
  };
}
