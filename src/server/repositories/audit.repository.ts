/**
 * The audit log: who did what to which entity, with the state before and after, each event
 * chained to the one before it (audit/chain.ts). Appends take the chain head's row lock first, so
 * two transactions appending at once are ordered and never fork the chain; the lock is held to
 * commit, which is why services write their audit event last.
 */
import type { Kysely } from 'kysely';
import { CHAIN_ALGORITHM, hashEvent } from '../audit/chain.ts';
import { now } from '../db/clock.ts';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export interface AuditEntry {
  userId: number | null;
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  before?: unknown;
  after?: unknown;
  /** The client address, where the event comes from a request that matters (sign-ins, downloads). */
  address?: string | null;
}

async function append(db: Db, entry: AuditEntry): Promise<void> {
  // Moving the head first takes its row lock (PostgreSQL) or the write lock (SQLite) before the
  // previous hash is read.
  const head = await db
    .updateTable('audit_chain_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  const event = {
    seq: head.seq,
    at: now(),
    userId: entry.userId,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    address: entry.address ?? null,
  };
  const hash = hashEvent(CHAIN_ALGORITHM, head.hash, event);
  await db
    .insertInto('audit_events')
    .values({
      seq: event.seq,
      user_id: event.userId,
      actor: event.actor,
      at: event.at,
      action: event.action,
      entity: event.entity,
      entity_id: event.entityId,
      before: event.before,
      after: event.after,
      address: event.address,
      prev_hash: head.hash,
      hash,
      hash_alg: CHAIN_ALGORITHM,
    })
    .execute();
  await db.updateTable('audit_chain_head').set({ hash }).where('id', '=', 1).execute();
}

/** Appends an event, inside the caller's transaction or in one of its own. */
export async function insertAuditEvent(db: Db, entry: AuditEntry): Promise<void> {
  if (db.isTransaction) await append(db, entry);
  else await db.transaction().execute((trx) => append(trx, entry));
}

/** What the log can be filtered by. */
export interface AuditFilter {
  actor?: string | undefined;
  action?: string | undefined;
  entity?: string | undefined;
  entityId?: number | undefined;
  /** ISO instants, inclusive from, exclusive to. */
  from?: string | undefined;
  to?: string | undefined;
  /** When set, no events of these entities (the office's view). */
  excludedEntities?: readonly string[] | undefined;
}

/** Newest first, filtered. */
export function listAuditEvents(db: Db, filter: AuditFilter & { limit: number; offset: number }) {
  let query = db
    .selectFrom('audit_events')
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(filter.limit)
    .offset(filter.offset);
  if (filter.actor) query = query.where('actor', '=', filter.actor);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.entity) query = query.where('entity', '=', filter.entity);
  if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  if (filter.excludedEntities)
    query = query.where('entity', 'not in', [...filter.excludedEntities]);
  return query.execute();
}

/** Events in chain order from `afterSeq` on, a page at a time (verification and export). */
export const listChainPage = (
  db: Db,
  options: { afterSeq: number; limit: number; from?: string; to?: string },
) => {
  let query = db
    .selectFrom('audit_events')
    .selectAll()
    .where('seq', '>', options.afterSeq)
    .orderBy('seq')
    .orderBy('id')
    .limit(options.limit);
  if (options.from) query = query.where('at', '>=', options.from);
  if (options.to) query = query.where('at', '<', options.to);
  return query.execute();
};

/** The chain's head: the newest event's place and hash. */
export const getChainHead = (db: Db) =>
  db.selectFrom('audit_chain_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();

/** The newest retention checkpoint, where the stored chain begins. */
export const getLatestCheckpoint = (db: Db) =>
  db.selectFrom('audit_checkpoints').selectAll().orderBy('seq', 'desc').executeTakeFirst();

/** The place of the oldest event at or after `at`, if any. */
export async function firstSeqSince(db: Db, at: string): Promise<number | null> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.min('seq').as('seq'))
    .where('at', '>=', at)
    .executeTakeFirst();
  return row?.seq ?? null;
}

/** Records where the stored chain now begins, then deletes the events up to it (archived). */
export async function cutChain(
  db: Db,
  checkpoint: Omit<Database['audit_checkpoints'], 'created_at'>,
): Promise<void> {
  await db
    .insertInto('audit_checkpoints')
    .values({ ...checkpoint, created_at: now() })
    .execute();
  await db.deleteFrom('audit_events').where('seq', '<=', checkpoint.seq).execute();
}
