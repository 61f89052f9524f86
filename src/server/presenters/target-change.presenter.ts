/**
 * The API's shapes of target changes: the full ledger for the people working on an item, and
 * the public form (approved changes only, no names) for the public site and open data.
 */
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { TargetChangeTable } from '../db/schema.ts';
import type { ChangeValue } from '../repositories/target-change.repository.ts';

const Value = z.object({
  target: z.number().optional(),
  targetText: z.string().optional(),
  deadline: z.string().optional(),
  unitId: z.number().int().optional(),
  unit: z.string().optional(),
});

export const TargetChangeDto = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  indicatorId: z.number().int().nullable(),
  kind: z.enum(['target', 'deadline', 'unit']),
  from: Value.describe('The baseline before the change (the original plan for the first one)'),
  to: Value,
  reason: z.string(),
  documentRef: z.string().describe('The document that authorises it, e.g. 示府函〔2024〕12号'),
  state: z.enum(['requested', 'approved', 'rejected']),
  requestedBy: z.string(),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  version: z.number().int(),
});
export type TargetChangeDto = z.infer<typeof TargetChangeDto>;

/** What citizens may read of a change: approved ones, without who asked or decided. */
export const PublicTargetChangeDto = z.object({
  kind: z.enum(['target', 'deadline', 'unit']),
  indicatorId: z.number().int().nullable(),
  from: Value,
  to: Value,
  reason: z.string(),
  documentRef: z.string(),
  approvedOn: z.string().describe('YYYY-MM-DD'),
});
export type PublicTargetChangeDto = z.infer<typeof PublicTargetChangeDto>;

type Row = Selectable<TargetChangeTable>;

export const presentTargetChange = (row: Row): TargetChangeDto => ({
  id: row.id,
  itemId: row.item_id,
  indicatorId: row.indicator_id,
  kind: row.kind as TargetChangeDto['kind'],
  from: JSON.parse(row.from_value) as ChangeValue,
  to: JSON.parse(row.to_value) as ChangeValue,
  reason: row.reason,
  documentRef: row.document_ref,
  state: row.state as TargetChangeDto['state'],
  requestedBy: row.requested_by,
  requestedAt: row.requested_at,
  decidedBy: row.decided_by,
  decidedAt: row.decided_at,
  decisionNote: row.decision_note,
  version: row.version,
});

/** The public form of an approved change; null for any other. */
export const presentPublicTargetChange = (row: Row): PublicTargetChangeDto | null =>
  row.state !== 'approved' || !row.decided_at
    ? null
    : {
        kind: row.kind as PublicTargetChangeDto['kind'],
        indicatorId: row.indicator_id,
        from: JSON.parse(row.from_value) as ChangeValue,
        to: JSON.parse(row.to_value) as ChangeValue,
        reason: row.reason,
        documentRef: row.document_ref,
        approvedOn: row.decided_at.slice(0, 10),
      };
