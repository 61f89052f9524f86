/**
 * Changing an item's target, deadline or lead unit: the lead unit (or the office) asks, with a
 * reason and the document that authorises it; the office approves or rejects. The plan's
 * original values are never overwritten: an approved change is laid over them when the item is
 * judged (effective-baseline.ts), and the ledger shows every step.
 */
import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { canWriteReport, isOwnItem } from '../policies/report.policy.ts';
import {
  type PublicTargetChangeDto,
  presentPublicTargetChange,
  presentTargetChange,
  type TargetChangeDto,
} from '../presenters/target-change.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { unitNames } from '../repositories/directory.repository.ts';
import { getItem, getItemAccess } from '../repositories/item.repository.ts';
import {
  type ChangeValue,
  getTargetChange,
  insertTargetChange,
  listRequestedChanges,
  listTargetChanges,
} from '../repositories/target-change.repository.ts';
import { updateIfVersion } from '../repositories/versioned.ts';
import { inTransaction, type ServiceContext, stamp } from './context.ts';
import { effectiveBaseline } from './effective-baseline.ts';
import { reassessOpenReports } from './reassess.ts';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const Why = {
  reason: z.string().trim().min(1).max(2000).describe('Why the change is needed'),
  documentRef: z.string().trim().min(1).max(200).describe('文号 of the authorising document'),
};

export const TargetChangeRequest = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('target'),
    indicatorId: z.number().int(),
    target: z.number().finite(),
    targetText: z.string().trim().max(100).optional(),
    ...Why,
  }),
  z.object({ kind: z.literal('deadline'), deadline: IsoDate, ...Why }),
  z.object({ kind: z.literal('unit'), unitId: z.number().int(), ...Why }),
]);
export type TargetChangeRequest = z.infer<typeof TargetChangeRequest>;

/** The value before and after the change, from the item's current (effective) baseline. */
async function fromAndTo(
  ctx: ServiceContext,
  item: { id: number; deadline: string; lead_unit_id: number | null },
  input: TargetChangeRequest,
): Promise<{ indicatorId: number | null; from: ChangeValue; to: ChangeValue }> {
  if (input.kind === 'deadline') {
    const { deadline } = await effectiveBaseline(ctx.db, item);
    return { indicatorId: null, from: { deadline }, to: { deadline: input.deadline } };
  }
  if (input.kind === 'unit') {
    const names = await unitNames(
      ctx.db,
      [input.unitId, item.lead_unit_id].filter((x): x is number => x !== null),
    );
    const unit = names.get(input.unitId);
    if (!unit) throw new AppError('not_found');
    const current =
      item.lead_unit_id === null
        ? {}
        : { unitId: item.lead_unit_id, unit: names.get(item.lead_unit_id) ?? '' };
    return { indicatorId: null, from: current, to: { unitId: input.unitId, unit } };
  }
  const { indicators } = await effectiveBaseline(ctx.db, item);
  const indicator = indicators.find((x) => x.id === input.indicatorId);
  if (!indicator)
    throw new AppError('validation_failed', {
      message: '该指标不属于此事项',
      messageEn: 'The indicator is not one of the item',
    });
  return {
    indicatorId: indicator.id,
    from: { target: indicator.target ?? undefined, targetText: indicator.target_text },
    to: {
      target: input.target,
      targetText: input.targetText || `${input.target}${indicator.unit}`,
    },
  };
}

/** POST /api/items/:id/target-changes */
export function requestTargetChange(
  ctx: ServiceContext,
  actor: Actor,
  itemId: number,
  input: TargetChangeRequest,
): Promise<TargetChangeDto> {
  return inTransaction(ctx, async (tx) => {
    const item = await getItem(tx.db, itemId);
    if (!item) throw new AppError('not_found');
    if (!canWriteReport(actor, await getItemAccess(tx.db, itemId)))
      throw new AppError(actor.role === 'public' ? 'unauthenticated' : 'forbidden');
    const { indicatorId, from, to } = await fromAndTo(tx, item, input);
    const id = await insertTargetChange(tx.db, {
      item_id: itemId,
      indicator_id: indicatorId,
      kind: input.kind,
      from_value: JSON.stringify(from),
      to_value: JSON.stringify(to),
      reason: input.reason,
      document_ref: input.documentRef,
      state: 'requested',
      requested_by: actor.name,
      requested_unit_id: actor.role === 'reporter' ? actor.unitId : null,
      requested_at: stamp(tx),
    });
    const after = presentTargetChange((await getTargetChange(tx.db, id)) ?? never());
    await insertAuditEvent(tx.db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'target_change.request',
      entity: 'target_change',
      entityId: id,
      after,
    });
    return after;
  });
}

const never = (): never => {
  throw new AppError('internal');
};

/** POST /api/target-changes/:id/{approve,reject} (the office). */
export function decideTargetChange(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: { decision: 'approve' | 'reject'; version: number; note?: string | undefined },
): Promise<TargetChangeDto> {
  requireRole(actor, 'admin');
  return inTransaction(ctx, async (tx) => {
    const row = await getTargetChange(tx.db, id);
    if (!row) throw new AppError('not_found');
    const before = presentTargetChange(row);
    if (row.version !== input.version)
      throw new AppError('version_conflict', { details: { current: before } });
    if (row.state !== 'requested')
      throw new AppError('invalid_transition', { details: { current: before } });
    const approved = input.decision === 'approve';
    const decided = await updateIfVersion(
      tx.db,
      'target_changes',
      { id, version: input.version },
      {
        state: approved ? 'approved' : 'rejected',
        decided_by: actor.name,
        decided_at: stamp(tx),
        decision_note: input.note ?? null,
      },
    );
    if (!decided) throw new AppError('version_conflict', { details: { current: before } });
    if (approved && row.kind === 'unit') {
      // The lead unit is an assignment, not a commitment: the item moves; the ledger keeps who had it.
      const to = JSON.parse(row.to_value) as ChangeValue;
      await tx.db
        .updateTable('items')
        .set({ lead_unit_id: to.unitId ?? null })
        .where('id', '=', row.item_id)
        .execute();
    }
    const after = presentTargetChange((await getTargetChange(tx.db, id)) ?? never());
    await insertAuditEvent(tx.db, {
      userId: actor.userId,
      actor: actor.name,
      action: `target_change.${input.decision}`,
      entity: 'target_change',
      entityId: id,
      before,
      after,
    });
    if (approved && row.kind !== 'unit') await reassessOpenReports(tx.db, actor, row.item_id);
    return after;
  });
}

/** GET /api/items/:id/target-changes: the whole ledger for the office and the item's people. */
export async function readTargetChanges(
  ctx: ServiceContext,
  actor: Actor,
  itemId: number,
): Promise<{ changes: TargetChangeDto[]; public: PublicTargetChangeDto[] }> {
  if (!(await getItem(ctx.db, itemId))) throw new AppError('not_found');
  const rows = await listTargetChanges(ctx.db, [itemId]);
  const published = (await readPublicTargetChanges(ctx, [itemId])).get(itemId) ?? [];
  const access = await getItemAccess(ctx.db, itemId);
  const insider = isOwnItem(actor, access);
  return { changes: insider ? rows.map(presentTargetChange) : [], public: published };
}

/** GET /api/plans/:id/target-changes: every request of a plan, for the office's review list. */
export async function readPlanTargetChanges(
  ctx: ServiceContext,
  actor: Actor,
  planId: number,
): Promise<TargetChangeDto[]> {
  requireRole(actor, 'admin');
  return (await listRequestedChanges(ctx.db, planId)).map(presentTargetChange);
}

/** Approved changes of items in their public form, by item: for the public site and open data. */
export async function readPublicTargetChanges(
  ctx: Pick<ServiceContext, 'db'>,
  itemIds: number[],
): Promise<Map<number, PublicTargetChangeDto[]>> {
  const rows = await listTargetChanges(ctx.db, itemIds, { approved: true });
  const byItem = new Map<number, PublicTargetChangeDto[]>();
  for (const row of rows) {
    const dto = presentPublicTargetChange(row);
    if (dto) byItem.set(row.item_id, [...(byItem.get(row.item_id) ?? []), dto]);
  }
  return byItem;
}
