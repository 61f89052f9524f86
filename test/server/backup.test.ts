/**
 * Backup → restore → identical, on both engines: every table compared row by row, the restored
 * audit log verified, a restore over live data refused unless forced, and the SQLite files
 * readable by their owner only.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/database.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';
import type { Database } from '../../src/server/db/schema.ts';
import { backupDatabase, restoreDatabase } from '../../src/server/services/backup.service.ts';
import { ENGINES } from '../factories/db.ts';
import { type Api, startApi } from './harness.ts';

/**
 * Every table's rows, in a stable order, as JSON; the audit log up to `auditUpTo` (what a restore
 * adds after it is checked separately), the chain head left out with it.
 */
async function snapshot(
  db: Kysely<Database>,
  schema: string | undefined,
  auditUpTo: number,
): Promise<Record<string, string>> {
  // PostgreSQL lists the tables of every schema: other test runs' too.
  const tables = (await db.introspection.getTables())
    .filter((t) => !schema || t.schema === schema)
    .map((t) => t.name)
    .sort();
  const out: Record<string, string> = {};
  for (const table of tables) {
    if (table === 'audit_chain_head') continue;
    const where = table === 'audit_events' ? sql` WHERE seq <= ${auditUpTo}` : sql``;
    const rows = await sql<
      Record<string, unknown>
    >`SELECT * FROM ${sql.table(table)}${where}`.execute(db);
    out[table] = JSON.stringify(rows.rows.map((r) => JSON.stringify(r)).sort());
  }
  return out;
}

const headSeq = async (db: Kysely<Database>) =>
  (await db.selectFrom('audit_chain_head').select('seq').executeTakeFirstOrThrow()).seq;

describe.each(ENGINES)('backup and restore on %s', (engine) => {
  let api: Api;
  let dir: string;
  beforeAll(async () => {
    api = await startApi(engine);
    dir = mkdtempSync(join(tmpdir(), 'minsheng-backup-'));
  });
  afterAll(async () => {
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores every table exactly as it was, refusing to overwrite data unless forced', async () => {
    const target = { url: api.t.url, schema: api.t.schema };
    const file = join(dir, 'minsheng.backup');
    await backupDatabase(api.t, target, file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const head = await headSeq(api.t.db);
    const before = await snapshot(api.t.db, api.t.schema, head);
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(['audit_events', 'reports', 'users', 'sessions', 'settings']),
    );
    expect(JSON.parse(before.reports ?? '[]').length).toBeGreaterThan(10);

    // Lose data after the backup.
    await api.t.db.deleteFrom('report_points').execute();
    await api.call('admin', 'POST', `/api/plans/${api.planId}/periods`, {
      label: '丢失',
      start: '2024-01-01',
      end: '2024-12-31',
    });
    await expect(restoreDatabase(target, file, { force: false })).rejects.toMatchObject({
      messageEn: expect.stringContaining('--force'),
    });

    const verification = await restoreDatabase(target, file, { force: true });
    expect(verification).toMatchObject({ ok: true, problems: [], head: { seq: head } });
    expect(await snapshot(api.t.db, api.t.schema, head)).toEqual(before);
    const added = await api.t.db
      .selectFrom('audit_events')
      .select('action')
      .where('seq', '>', head)
      .orderBy('seq')
      .execute();
    expect(added.map((e) => e.action)).toEqual(['audit.verify', 'database.restore']);
  });

  it('refuses a file that is not a backup', async () => {
    const file = join(dir, 'not-a-backup');
    writeFileSync(file, 'hello');
    await expect(
      restoreDatabase({ url: join(dir, 'fresh.db') }, file, { force: false }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/备份|pg_restore/) });
  });
});

describe('the SQLite files', () => {
  it('are created readable by their owner only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minsheng-mode-'));
    const folder = join(dir, 'data');
    const store = openDatabase({ url: join(folder, 'minsheng.db') });
    await migrateToLatest(store);
    for (const name of ['minsheng.db', 'minsheng.db-wal', 'minsheng.db-shm'])
      expect(statSync(join(folder, name)).mode & 0o777, name).toBe(0o600);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    await store.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
});
