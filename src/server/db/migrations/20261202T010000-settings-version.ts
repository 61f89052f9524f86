/**
 * An edit version on each stored setting, so the settings screen's save names what it read and
 * a stale save is refused (409) like a stale report. A setting never stored is at version 0.
 */
import type { Kysely, Migration } from 'kysely';

export const settingsVersionMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations are written against no fixed schema
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('settings')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  },
  // biome-ignore lint/suspicious/noExplicitAny: see up
  async down(db: Kysely<any>) {
    await db.schema.alterTable('settings').dropColumn('version').execute();
  },
};
