/**
 * The audit chain's cost: a chained append against a plain INSERT of the same row, each in its own
 * transaction on SQLite, and verification against hashing the same events bare. Ratios in the same
 * run, so they mean the same on any machine.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { CHAIN_ALGORITHM } from '../src/server/audit/chain.ts';
import { openDatabase } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { SYSTEM } from '../src/server/policies/actor.ts';
import { insertAuditEvent } from '../src/server/repositories/audit.repository.ts';
import { verifyAuditLog } from '../src/server/services/audit.service.ts';

const EVENTS = 2000;

async function elapsed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Prints the audit log's append and verification figures. */
export async function benchSecurity(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'minsheng-bench-audit-'));
  const store = openDatabase({ url: join(dir, 'bench.db') });
  try {
    await migrateToLatest(store);
    await sql`CREATE TABLE plain_events AS SELECT * FROM audit_events WHERE 0`.execute(store.db);
    const entry = (i: number) => ({
      userId: 1,
      actor: 'bench',
      action: 'report.save',
      entity: 'report',
      entityId: i,
      before: { state: 'draft', points: ['（1）已完成农村公路建设81.661公里。'] },
      after: { state: 'submitted', points: ['（1）已完成农村公路建设81.661公里。'] },
    });
    const plain = await elapsed(async () => {
      for (let i = 0; i < EVENTS; i++)
        await store.db.transaction().execute((trx) =>
          sql`INSERT INTO plain_events (user_id, actor, at, action, entity, entity_id, before, after, seq, prev_hash, hash, hash_alg)
              VALUES (1, 'bench', ${new Date().toISOString()}, 'report.save', 'report', ${i},
                      ${JSON.stringify(entry(i).before)}, ${JSON.stringify(entry(i).after)}, ${i}, '', '', '')`.execute(
            trx,
          ),
        );
    });
    const chained = await elapsed(async () => {
      for (let i = 0; i < EVENTS; i++) await insertAuditEvent(store.db, entry(i));
    });
    const rows = await store.db.selectFrom('audit_events').selectAll().execute();
    const bare = await elapsed(async () => {
      for (const row of rows) createHash(CHAIN_ALGORITHM).update(JSON.stringify(row)).digest('hex');
    });
    const verify = await elapsed(() => verifyAuditLog(store.db, SYSTEM));
    console.log(`\nAudit chain (${CHAIN_ALGORITHM}, SQLite, ${EVENTS} events)`);
    console.log(
      `  append, own transaction: ${(chained / EVENTS).toFixed(3)} ms/event, ×${(chained / plain).toFixed(2)} a plain INSERT`,
    );
    console.log(
      `  verify: ${Math.round((EVENTS / verify) * 1000).toLocaleString('en')} events/s, ×${(verify / bare).toFixed(1)} hashing them bare`,
    );
  } finally {
    await store.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
