/**
 * What the office app needs stored: the reporter's explanation when figures and label disagree,
 * when (and by whom) the office published a period as a whole, and an edit version on the
 * names and plans the office renames, so a stale rename is refused like a stale report.
 */
import type { Kysely, Migration } from 'kysely';

const VERSIONED = ['plans', 'periods', 'units', 'people', 'leaders'] as const;

export const officeMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations are written against no fixed schema
  async up(db: Kysely<any>) {
    await db.schema.alterTable('reports').addColumn('explanation', 'text').execute();
    await db.schema.alterTable('periods').addColumn('published_at', 'text').execute();
    await db.schema.alterTable('periods').addColumn('published_by', 'text').execute();
    for (const table of VERSIONED)
      await db.schema
        .alterTable(table)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
  },
  // biome-ignore lint/suspicious/noExplicitAny: see up
  async down(db: Kysely<any>) {
    for (const table of VERSIONED)
      await db.schema.alterTable(table).dropColumn('version').execute();
    await db.schema.alterTable('periods').dropColumn('published_by').execute();
    await db.schema.alterTable('periods').dropColumn('published_at').execute();
    await db.schema.alterTable('reports').dropColumn('explanation').execute();
  },
};
