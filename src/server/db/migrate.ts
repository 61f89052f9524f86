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
import { officeMigration } from './migrations/20261201T030000-office.ts';
import { publicMigration } from './migrations/20261201T040000-public.ts';
import { supervisionMigration } from './migrations/20261201T050000-supervision.ts';
import { congressMigration } from './migrations/20261201T060000-congress.ts';
import { settingsVersionMigration } from './migrations/20261202T010000-settings-version.ts';

/** Every migration by name, for one engine. */
export function migrationsFor(engine: Engine): Record<string, Migration> {
  return {
    '20250601T090000-initial': initialMigration(engine),
    '20261130T120000-settings': settingsMigration,
    '20261201T010000-accounts': accountsMigration(engine),
    '20261201T010100-audit-chain': auditChainMigration(engine),
    '20261201T050000-supervision': supervisionMigration(engine),
    '20261201T030000-office': officeMigration,
    '20261201T040000-public': publicMigration(engine),
    '20261201T060000-congress': congressMigration(engine),
    '20261202T010000-settings-version': settingsVersionMigration,
  };
}

/** Applies pending migrations; returns the names applied. Throws on the first failure. */
export async function migrateToLatest({ db, engine }: Db): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(engine) };
  // Kysely looks for its bookkeeping tables in every schema unless told which: with several
  // schemas in one database (tests, tenants) it would find another's and skip creating its own.
  const schema =
    engine === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]
          ?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
