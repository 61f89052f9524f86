/**
 * Runs the migrations up to the newest. They are listed here, in order, rather than read from a
 * folder: a bundled server has no folder to read, and the list is checked by the compiler.
 */
import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db, Engine } from './database.ts';
import { initialMigration } from './migrations/20250601T090000-initial.ts';
import { settingsMigration } from './migrations/20261130T120000-settings.ts';
import { officeMigration } from './migrations/20261201T030000-office.ts';

function migrationsFor(engine: Engine): Record<string, Migration> {
  return {
    '20250601T090000-initial': initialMigration(engine),
    '20261130T120000-settings': settingsMigration,
    '20261201T030000-office': officeMigration,
  };
}

/**
 * Applies pending migrations; returns the names applied. Throws on the first failure. With a
 * PostgreSQL `schema`, Kysely's own bookkeeping tables are looked for in that schema only: it
 * otherwise finds another schema's tables in the same database and skips creating its own.
 */
export async function migrateToLatest({
  db,
  engine,
  schema,
}: Db & { schema?: string | undefined }): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(engine) };
  const migrator = new Migrator({
    db,
    provider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
