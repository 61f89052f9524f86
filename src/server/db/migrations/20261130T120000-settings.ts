/** Settings the office and the administrators change at run time: one JSON value per key. */
import type { Kysely, Migration } from 'kysely';

export const settingsMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations are written against no fixed schema
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .execute();
  },
  // biome-ignore lint/suspicious/noExplicitAny: see up
  async down(db: Kysely<any>) {
    await db.schema.dropTable('settings').execute();
  },
};
