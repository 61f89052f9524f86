/** The API's shape of an audit event: before/after parsed back to JSON. */
import { z } from 'zod';
import type { AuditEventTable } from '../db/schema.ts';

export const AuditEventDto = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.number().int().nullable(),
  actor: z.string(),
  action: z.string().describe('e.g. report.save, report.publish, plan.import'),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

export const presentAuditEvent = (
  row: Omit<AuditEventTable, 'id'> & { id: number },
): z.infer<typeof AuditEventDto> => ({
  id: row.id,
  at: row.at,
  userId: row.user_id,
  actor: row.actor,
  action: row.action,
  entity: row.entity,
  entityId: row.entity_id,
  before: parse(row.before),
  after: parse(row.after),
});
