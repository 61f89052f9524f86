/**
 * The audit log's hash chain: every event carries the hash of the one before it and its own hash
 * over its content and that link, so an event edited, deleted or slipped in breaks the chain.
 * SM3 (GB/T 32905) where Node's OpenSSL has it, SHA-256 elsewhere; each event stores which.
 */
import { createHash, getHashes } from 'node:crypto';

export type ChainAlgorithm = 'sm3' | 'sha256';

/** The algorithm new events are chained with on this machine. */
export const CHAIN_ALGORITHM: ChainAlgorithm = getHashes().includes('sm3') ? 'sm3' : 'sha256';

/** The link of the first event: no predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an event's hash covers: everything stored about it except its own hash. */
export interface ChainedEvent {
  seq: number;
  at: string;
  userId: number | null;
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  before: string | null;
  after: string | null;
  address: string | null;
}

/** The columns of a stored event the chain covers, as the audit_events table names them. */
export interface ChainedRow {
  seq: number;
  at: string;
  user_id: number | null;
  actor: string;
  action: string;
  entity: string;
  entity_id: number | null;
  before: string | null;
  after: string | null;
  address: string | null;
}

/** What the hash covers, read from a stored row. */
export const chainedEventOf = (row: ChainedRow): ChainedEvent => ({
  seq: row.seq,
  at: row.at,
  userId: row.user_id,
  actor: row.actor,
  action: row.action,
  entity: row.entity,
  entityId: row.entity_id,
  before: row.before,
  after: row.after,
  address: row.address,
});

/** True when this machine can recompute hashes made with `algorithm`. */
export const canHash = (algorithm: string): algorithm is ChainAlgorithm =>
  (algorithm === 'sm3' || algorithm === 'sha256') && getHashes().includes(algorithm);

/**
 * The hash of an event linked to `prevHash`. The content is a JSON array in a fixed order, so the
 * same event hashes the same on SQLite and PostgreSQL and after an export.
 */
export function hashEvent(
  algorithm: ChainAlgorithm,
  prevHash: string,
  event: ChainedEvent,
): string {
  const canonical = JSON.stringify([
    algorithm,
    prevHash,
    event.seq,
    event.at,
    event.userId,
    event.actor,
    event.action,
    event.entity,
    event.entityId,
    event.before,
    event.after,
    event.address,
  ]);
  return createHash(algorithm).update(canonical, 'utf8').digest('hex');
}
