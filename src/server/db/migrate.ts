/**
 * Runs the migrations up to the newest. They are listed here, in order, rather than read from a
 * folder: a bundled server has no folder to read, and the list is checked by the compiler.
 */
import { type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Db, Engine } from './database.ts';
import { initialMigration } from './migrations/20250601T090000-initial.ts';
import { settingsMigration } from './migrations/20261130T120000-settings.ts';
import { accountsMigration } from './migrations/20261201T010000-accounts.ts';
import { auditChainMigration } from './migrations/20261201T010100-audit-chain.ts';

/** Every migration by name, for one engine. */
export function migrationsFor(engine: Engine): Record<string, Migration> {
  return {
    '20250601T090000-initial': initialMigration(engine),
    '20261130T120000-settings': settingsMigration,
    '20261201T010000-accounts': accountsMigration(engine),
    '20261201T010100-audit-chain': auditChainMigration(engine),
  };
}

/** Applies pending migrations; returns the names applied. Throws on the first failure. */
export async function migrateToLatest({ db, engine }: Db): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(engine) };
  // Kysely looks for its migration tables in every schema unless told which: with another schema
  // of the same database holding them (parallel test runs), it would skip creating ours.
  const migrationTableSchema =
    engine === 'postgres'
      ? (await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(db)).rows[0]
          ?.schema
      : undefined;
  const { error, results } = await new Migrator({
    db,
    provider,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  }).migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
