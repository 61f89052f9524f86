/**
 * The tamper-evident audit log on both engines: triggers refuse UPDATE and DELETE; with them
 * dropped (as a superuser could), an edited, a deleted, an inserted and a rewritten-and-rehashed
 * event are each named by verification; concurrent appends never fork the chain; events written
 * before the upgrade are chained by the migration; the export carries the hashes.
 */
import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAIN_ALGORITHM, hashEvent } from '../../src/server/audit/chain.ts';
import { migrateToLatest, migrationsFor } from '../../src/server/db/migrate.ts';
import type { Database } from '../../src/server/db/schema.ts';
import { SYSTEM } from '../../src/server/policies/actor.ts';
import { toStoredEvent } from '../../src/server/presenters/audit.presenter.ts';
import { insertAuditEvent } from '../../src/server/repositories/audit.repository.ts';
import { verifyAuditLog } from '../../src/server/services/audit.service.ts';
import { createTestDb, ENGINES, type TestDb } from '../factories/db.ts';
import { type Api, startApi } from './harness.ts';

const event = (i: number) => ({
  userId: null,
  actor: 'test',
  action: 'test.event',
  entity: 'plan',
  entityId: i,
  after: { i },
});

async function dropGuards(t: TestDb): Promise<void> {
  if (t.engine === 'postgres')
    await sql.raw('ALTER TABLE audit_events DISABLE TRIGGER USER').execute(t.db);
  else
    for (const name of ['audit_events_no_update', 'audit_events_no_delete'])
      await sql.raw(`DROP TRIGGER ${name}`).execute(t.db);
}

const rowAt = (db: Kysely<Database>, seq: number) =>
  db.selectFrom('audit_events').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow();

describe.each(ENGINES)('audit chain on %s', (engine) => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(engine);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('records sign-outs, downloads and exports with who and from where', async () => {
    await api.call('health', 'GET', `/api/plans/${api.planId}/table.csv`);
    await api.call('admin', 'GET', `/api/plans/${api.planId}/export.json`);
    await api.call('public', 'GET', `/api/plans/${api.planId}/table.csv`);
    await api.call('leader', 'POST', '/api/auth/logout');
    const rows = await api.t.db
      .selectFrom('audit_events')
      .select(['action', 'actor', 'address', 'entity_id'])
      .where('action', 'in', ['plan.download', 'plan.export', 'auth.logout'])
      .orderBy('seq')
      .execute();
    expect(rows).toEqual([
      { action: 'plan.download', actor: 'health', address: '127.0.0.1', entity_id: api.planId },
      { action: 'plan.export', actor: 'admin', address: '127.0.0.1', entity_id: api.planId },
      {
        action: 'auth.logout',
        actor: 'leader',
        address: '127.0.0.1',
        entity_id: expect.any(Number),
      },
    ]);
  });

  it('verifies an intact chain and names its head', async () => {
    const result = (await api.call('auditor', 'GET', '/api/audit/verify')).json();
    expect(result).toMatchObject({ ok: true, problems: [], algorithms: [CHAIN_ALGORITHM] });
    expect(result.events).toBeGreaterThan(10);
    expect(result.head.seq).toBe(result.events);
  });

  it('exports every event with its hashes as JSON Lines', async () => {
    const response = await api.app.inject({
      method: 'GET',
      url: '/api/audit/export',
      headers: { cookie: api.sessions.auditor.cookie },
    });
    expect(response.headers['content-type']).toContain('application/x-ndjson');
    const lines = response.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({
      seq: 1,
      prevHash: '0'.repeat(64),
      algorithm: CHAIN_ALGORITHM,
    });
    for (const line of lines)
      expect(hashEvent(line.algorithm, line.prevHash, line)).toBe(line.hash);
    const audited = await api.t.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'audit.export')
      .execute();
    expect(audited).toHaveLength(1);
  });

  it('refuses UPDATE and DELETE of audit events in the database itself', async () => {
    await expect(
      api.t.db.updateTable('audit_events').set({ actor: 'nobody' }).where('seq', '=', 1).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      api.t.db.deleteFrom('audit_events').where('seq', '=', 1).execute(),
    ).rejects.toThrow(/append-only/);
    if (engine === 'postgres')
      await expect(sql.raw('TRUNCATE audit_events').execute(api.t.db)).rejects.toThrow(
        /append-only/,
      );
    await expect(
      api.t.db.updateTable('audit_chain_head').set({ seq: 1 }).where('id', '=', 1).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it('keeps one chain when many transactions append at once', async () => {
    await Promise.all(Array.from({ length: 30 }, (_, i) => insertAuditEvent(api.t.db, event(i))));
    const result = await verifyAuditLog(api.t.db, SYSTEM);
    expect(result.problems).toEqual([]);
    const seqs = (
      await api.t.db.selectFrom('audit_events').select('seq').orderBy('seq').execute()
    ).map((r) => r.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });

  it('names an edited, a deleted, an inserted and a rewritten event once the triggers are gone', async () => {
    const head = (
      await api.t.db.selectFrom('audit_chain_head').selectAll().executeTakeFirstOrThrow()
    ).seq;
    await dropGuards(api.t);
    // Edited: the content changed, the hash left as it was.
    await api.t.db
      .updateTable('audit_events')
      .set({ after: '{"i":999}' })
      .where('seq', '=', 5)
      .execute();
    // Deleted.
    await api.t.db.deleteFrom('audit_events').where('seq', '=', 9).execute();
    // Rewritten with its hash recomputed: only the next event's link shows it.
    const twelve = await rowAt(api.t.db, 12);
    const forged = { ...toStoredEvent(twelve), actor: 'someone else' };
    await api.t.db
      .updateTable('audit_events')
      .set({ actor: forged.actor, hash: hashEvent(CHAIN_ALGORITHM, forged.prevHash, forged) })
      .where('seq', '=', 12)
      .execute();
    // Inserted: a forged event with a place of its own beyond the head.
    const last = await rowAt(api.t.db, head);
    const inserted = { ...toStoredEvent(last), seq: head + 1000, action: 'report.publish' };
    await api.t.db
      .insertInto('audit_events')
      .values({
        seq: inserted.seq,
        user_id: null,
        actor: inserted.actor,
        at: inserted.at,
        action: inserted.action,
        entity: inserted.entity,
        entity_id: inserted.entityId,
        before: null,
        after: inserted.after,
        address: null,
        prev_hash: last.hash,
        hash: hashEvent(CHAIN_ALGORITHM, last.hash, inserted),
        hash_alg: CHAIN_ALGORITHM,
      })
      .execute();

    const result = (await api.call('auditor', 'GET', '/api/audit/verify')).json();
    expect(result.ok).toBe(false);
    expect(result.problems.map((p: { kind: string; seq: number }) => [p.kind, p.seq])).toEqual([
      ['edited', 5],
      ['deleted', 9],
      ['edited', 12],
      ['inserted', head + 1000],
    ]);
    expect(result.problems[1]).toMatchObject({
      message: expect.stringContaining('#9被删除'),
      messageEn: 'Audit event #9 was deleted',
    });
  });
});

describe.each(ENGINES)('audit chain upgrade on %s', (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(engine, { migrate: false });
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('chains the events written before the upgrade', async () => {
    const provider = { getMigrations: async () => migrationsFor(engine) };
    const { error } = await new Migrator({
      db: t.db,
      provider,
      ...(t.schema ? { migrationTableSchema: t.schema } : {}),
    }).migrateTo('20261130T120000-settings');
    expect(error).toBeUndefined();
    const at = '2026-01-05T09:00:00.000Z';
    // biome-ignore lint/suspicious/noExplicitAny: the table as it was before the upgrade
    const old = t.db as Kysely<any>;
    for (const action of ['plan.import', 'report.approve', 'report.publish'])
      await old
        .insertInto('audit_events')
        .values({ user_id: null, actor: 'admin', at, action, entity: 'plan', entity_id: 1 })
        .execute();
    await migrateToLatest(t);
    await insertAuditEvent(t.db, event(4));
    const result = await verifyAuditLog(t.db, SYSTEM);
    expect(result).toMatchObject({ ok: true, events: 4, head: { seq: 4 } });
  });
});
