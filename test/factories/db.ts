/**
 * Throwaway databases for server tests: a SQLite file in a temp folder, or a fresh schema in the
 * local PostgreSQL (127.0.0.1:5432, database `test`, trust auth), dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Db, type Engine, openDatabase } from '../../src/server/db/database.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';

export const ENGINES: Engine[] = ['sqlite', 'postgres'];

/** PostgreSQL URL of the test server; PG_TEST_URL overrides. */
export const PG_TEST_URL = process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDb extends Db {
  url: string;
  schema: string | undefined;
  /** Closes the connection and deletes the file or drops the schema. */
  cleanup: () => Promise<void>;
}

/** A migrated, empty database on `engine`. */
export async function createTestDb(engine: Engine): Promise<TestDb> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'minsheng-test-'));
    const url = join(dir, 'test.db');
    const db = openDatabase({ url });
    await migrateToLatest(db);
    return {
      ...db,
      url,
      schema: undefined,
      cleanup: async () => {
        await db.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_TEST_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = openDatabase({ url: PG_TEST_URL, schema });
  await migrateToLatest({ ...db, schema });
  return {
    ...db,
    url: PG_TEST_URL,
    schema,
    cleanup: async () => {
      await db.destroy();
      const client = new pg.Client({ connectionString: PG_TEST_URL });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** Row counts of every table, to show a refused request changed nothing. */
export async function countRows(db: Db): Promise<Record<string, number>> {
  const tables = [
    'plans',
    'categories',
    'items',
    'units',
    'people',
    'leaders',
    'indicators',
    'periods',
    'reports',
    'report_points',
    'indicator_actuals',
    'report_versions',
    'audit_events',
  ] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await db.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
