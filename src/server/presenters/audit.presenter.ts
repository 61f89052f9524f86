/** The API's shapes of the audit log: events, their export lines, and a verification's findings. */
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { chainedEventOf } from '../audit/chain.ts';
import type { StoredEvent } from '../audit/verify-chain.ts';
import type { AuditEventTable } from '../db/schema.ts';

type AuditRow = Selectable<AuditEventTable>;

export const AuditEventDto = z.object({
  id: z.number().int(),
  seq: z.number().int().describe('Place in the hash chain'),
  at: z.string(),
  userId: z.number().int().nullable(),
  actor: z.string(),
  action: z.string().describe('e.g. report.save, report.publish, plan.import, auth.login'),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  address: z.string().nullable().describe('Client address, for sign-ins and downloads'),
  before: z.unknown(),
  after: z.unknown(),
});

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/** An audit event with before/after parsed back to JSON. */
export const presentAuditEvent = (row: AuditRow): z.infer<typeof AuditEventDto> => {
  const event = chainedEventOf(row);
  return { id: row.id, ...event, before: parse(event.before), after: parse(event.after) };
};

/** The stored event as the chain sees it. */
export const toStoredEvent = (row: AuditRow): StoredEvent => ({
  id: row.id,
  ...chainedEventOf(row),
  prevHash: row.prev_hash,
  hash: row.hash,
  algorithm: row.hash_alg,
});

/**
 * One line of the assessor's export (JSON Lines): every stored field, before/after as the exact
 * stored JSON text, so the hashes can be recomputed from the file alone.
 */
export const presentExportLine = (row: AuditRow): string => JSON.stringify(toStoredEvent(row));

const Link = z.object({ seq: z.number().int(), hash: z.string() });

export const AuditVerificationDto = z.object({
  ok: z.boolean(),
  events: z.number().int().describe('Events checked'),
  algorithms: z.array(z.string()).describe('Hash algorithms found (sm3, sha256)'),
  start: Link.describe(
    'Where the stored chain begins: the genesis, or the last retention checkpoint',
  ),
  head: Link.describe('The newest event: record it outside the system to catch a rewritten log'),
  problems: z.array(
    z.object({
      kind: z.enum(['edited', 'deleted', 'inserted', 'unverifiable']),
      seq: z.number().int(),
      toSeq: z.number().int().optional(),
      id: z.number().int().optional(),
      message: z.string(),
      messageEn: z.string(),
    }),
  ),
  truncated: z.boolean().describe('More problems than listed'),
});
export type AuditVerification = z.infer<typeof AuditVerificationDto>;
