/**
 * Reading, verifying and exporting the audit log (等保2.0 安全审计). The auditor reads everything;
 * the office reads the trail of the business it answers for (plans, periods, items, reports).
 * Verification and export are the auditor's, and are themselves audited. Nothing here alters
 * the log.
 */
import type { Kysely } from 'kysely';
import { GENESIS_HASH } from '../audit/chain.ts';
import { ChainVerifier } from '../audit/verify-chain.ts';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../policies/actor.ts';
import { ADMINISTRATION_ENTITIES, hasDuty, requireDuty } from '../policies/duties.ts';
import {
  type AuditVerification,
  presentAuditEvent,
  presentExportLine,
  toStoredEvent,
} from '../presenters/audit.presenter.ts';
import {
  type AuditFilter,
  getChainHead,
  getLatestCheckpoint,
  insertAuditEvent,
  listAuditEvents,
  listChainPage,
} from '../repositories/audit.repository.ts';

type Db = Kysely<Database>;

const PAGE = 1000;

/** Audit events, newest first, filtered and scoped to what the actor may read. */
export async function readAuditLog(
  db: Db,
  actor: Actor,
  filter: AuditFilter & { limit: number; offset: number },
) {
  if (!hasDuty(actor, 'audit.read')) requireDuty(actor, 'audit.readBusiness');
  const scope = hasDuty(actor, 'audit.read') ? {} : { excludedEntities: ADMINISTRATION_ENTITIES };
  return (await listAuditEvents(db, { ...filter, ...scope })).map(presentAuditEvent);
}

/** Walks the whole chain in one snapshot and names every edited, deleted or inserted event. */
export async function verifyAuditLog(db: Db, actor: Actor): Promise<AuditVerification> {
  requireDuty(actor, 'audit.verify');
  const result = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const checkpoint = await getLatestCheckpoint(trx);
      const start = checkpoint
        ? { seq: checkpoint.seq, hash: checkpoint.hash }
        : { seq: 0, hash: GENESIS_HASH };
      const head = (await getChainHead(trx)) ?? start;
      const verifier = new ChainVerifier(start, head);
      const algorithms = new Set<string>();
      for (let after = start.seq; ; ) {
        const rows = await listChainPage(trx, { afterSeq: after, limit: PAGE });
        for (const row of rows) {
          algorithms.add(row.hash_alg);
          verifier.push(toStoredEvent(row));
        }
        const last = rows.at(-1);
        if (!last || rows.length < PAGE) break;
        after = last.seq;
      }
      verifier.finish();
      return {
        ok: verifier.problems.length === 0,
        events: verifier.events,
        algorithms: [...algorithms].sort(),
        start,
        head,
        problems: verifier.problems,
        truncated: verifier.truncated,
      };
    });
  await insertAuditEvent(db, {
    userId: actor.userId,
    actor: actor.name,
    action: 'audit.verify',
    entity: 'audit',
    entityId: null,
    after: {
      ok: result.ok,
      events: result.events,
      head: result.head,
      problems: result.problems.length,
    },
  });
  return result;
}

/**
 * The log for the assessor as JSON Lines, oldest first, from `from` to before `to` (ISO instants),
 * a page at a time so any length streams in bounded memory. The export is audited when it starts.
 */
export async function exportAuditLog(
  db: Db,
  actor: Actor,
  range: { from?: string | undefined; to?: string | undefined; address?: string | null },
): Promise<AsyncGenerator<string>> {
  requireDuty(actor, 'audit.export');
  await insertAuditEvent(db, {
    userId: actor.userId,
    actor: actor.name,
    action: 'audit.export',
    entity: 'audit',
    entityId: null,
    address: range.address ?? null,
    after: { from: range.from ?? null, to: range.to ?? null },
  });
  return (async function* lines() {
    for (let after = 0; ; ) {
      const rows = await listChainPage(db, {
        afterSeq: after,
        limit: PAGE,
        ...(range.from ? { from: range.from } : {}),
        ...(range.to ? { to: range.to } : {}),
      });
      for (const row of rows) yield `${presentExportLine(row)}\n`;
      const last = rows.at(-1);
      if (!last || rows.length < PAGE) return;
      after = last.seq;
    }
  })();
}
