/**
 * A unit's own contribution to an item's report: its points and the figures it answers for.
 * Each unit writes only its own; it may change it until the lead unit submits the item's
 * report, after which the contribution is part of what was reported.
 */
import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canContribute } from '../policies/report.policy.ts';
import { type ContributionDto, presentContribution } from '../presenters/contribution.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import {
  type ContributionFields,
  getContribution,
  insertContribution,
  listContributions,
} from '../repositories/contribution.repository.ts';
import { listIndicators } from '../repositories/indicator.repository.ts';
import { getItem, getItemAccess } from '../repositories/item.repository.ts';
import { getPeriod } from '../repositories/period.repository.ts';
import { findReport } from '../repositories/report.repository.ts';
import { updateIfVersion } from '../repositories/versioned.ts';
import { inTransaction, type ServiceContext, stamp } from './context.ts';

export const ContributionContent = z.object({
  points: z.array(z.string().trim().min(1).max(5000)).max(50).describe('Narrative points'),
  actuals: z
    .array(z.object({ indicatorId: z.number().int(), actual: z.number().nullable() }))
    .max(100)
    .default([])
    .describe('Figures for the indicators this unit answers for'),
});
export type ContributionContent = z.infer<typeof ContributionContent>;

const LOCKED = new Set(['submitted', 'approved', 'published']);

/** The item, the open period and the actor's right to contribute; refusals otherwise. */
async function assertContributable(
  ctx: ServiceContext,
  actor: Actor,
  itemId: number,
  periodId: number,
) {
  const [item, period] = await Promise.all([getItem(ctx.db, itemId), getPeriod(ctx.db, periodId)]);
  if (!item || !period || period.plan_id !== item.plan_id) throw new AppError('not_found');
  if (!canContribute(actor, await getItemAccess(ctx.db, itemId)))
    throw new AppError(actor.role === 'public' ? 'unauthenticated' : 'forbidden');
  if (!period.is_open) throw new AppError('period_closed');
  const report = await findReport(ctx.db, itemId, periodId);
  if (report && LOCKED.has(report.state))
    throw new AppError('invalid_transition', {
      message: '该事项本期报告已报送，不能再修改分项材料',
      messageEn: "The item's report for this period has been submitted; contributions are closed",
    });
  return { item, period };
}

/** Refuses figures for indicators that are not the item's. */
async function assertIndicators(ctx: ServiceContext, itemId: number, content: ContributionFields) {
  const own = new Set((await listIndicators(ctx.db, [itemId])).map((x) => x.id));
  if (content.actuals.some((a) => !own.has(a.indicatorId)))
    throw new AppError('validation_failed', {
      message: '填报的指标不属于该事项',
      messageEn: 'A figure names an indicator of another item',
    });
}

async function view(ctx: ServiceContext, id: number): Promise<ContributionDto> {
  const row = await getContribution(ctx.db, id);
  if (!row) throw new AppError('not_found');
  return presentContribution(row);
}

async function audit(
  ctx: ServiceContext,
  actor: Actor,
  action: string,
  id: number,
  change: { before?: ContributionDto; after: ContributionDto },
) {
  await insertAuditEvent(ctx.db, {
    userId: actor.userId,
    actor: actor.name,
    action: `contribution.${action}`,
    entity: 'contribution',
    entityId: id,
    ...change,
  });
}

/** POST /api/contributions: the actor's unit's contribution (409 when it has one). */
export function createContribution(
  ctx: ServiceContext,
  actor: Actor,
  input: { itemId: number; periodId: number } & ContributionContent,
): Promise<ContributionDto> {
  return inTransaction(ctx, async (tx) => {
    await assertContributable(tx, actor, input.itemId, input.periodId);
    await assertIndicators(tx, input.itemId, input);
    const unitId = actor.unitId ?? -1;
    const existing = (await listContributions(tx.db, [input.itemId], input.periodId)).find(
      (c) => c.unit_id === unitId,
    );
    if (existing)
      throw new AppError('already_exists', { details: { current: presentContribution(existing) } });
    const id = await insertContribution(tx.db, {
      ...input,
      unitId,
      userId: actor.userId,
      at: stamp(tx),
    });
    const after = await view(tx, id);
    await audit(tx, actor, 'create', id, { after });
    return after;
  });
}

/** Loads a contribution its own unit is about to change, checking version and period. */
async function ownForChange(ctx: ServiceContext, actor: Actor, id: number, version: number) {
  const row = await getContribution(ctx.db, id);
  if (!row) throw new AppError('not_found');
  // Nobody else writes a unit's contribution, not even the lead unit or the office.
  if (actor.role !== 'reporter' || actor.unitId !== row.unit_id)
    throw new AppError(actor.role === 'public' ? 'unauthenticated' : 'forbidden');
  await assertContributable(ctx, actor, row.item_id, row.period_id);
  const before = await view(ctx, id);
  if (row.version !== version)
    throw new AppError('version_conflict', { details: { current: before } });
  return { row, before };
}

/** PUT /api/contributions/:id: saves the unit's own contribution (back to draft). */
export function saveContribution(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: { version: number } & ContributionContent,
): Promise<ContributionDto> {
  return inTransaction(ctx, async (tx) => {
    const { row, before } = await ownForChange(tx, actor, id, input.version);
    await assertIndicators(tx, row.item_id, input);
    const saved = await updateIfVersion(
      tx.db,
      'contributions',
      { id, version: input.version },
      {
        points: JSON.stringify(input.points),
        actuals: JSON.stringify(input.actuals),
        state: 'draft',
        submitted_at: null,
        updated_by: actor.userId,
        updated_at: stamp(tx),
      },
    );
    if (!saved)
      throw new AppError('version_conflict', { details: { current: await view(tx, id) } });
    const after = await view(tx, id);
    await audit(tx, actor, 'save', id, { before, after });
    return after;
  });
}

/** POST /api/contributions/:id/submit: hands the contribution to the lead unit. */
export function submitContribution(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: { version: number },
): Promise<ContributionDto> {
  return inTransaction(ctx, async (tx) => {
    const { row, before } = await ownForChange(tx, actor, id, input.version);
    if (row.state !== 'draft')
      throw new AppError('invalid_transition', { details: { current: before } });
    const at = stamp(tx);
    const saved = await updateIfVersion(
      tx.db,
      'contributions',
      { id, version: input.version },
      {
        state: 'submitted',
        submitted_at: at,
        updated_by: actor.userId,
        updated_at: at,
      },
    );
    if (!saved)
      throw new AppError('version_conflict', { details: { current: await view(tx, id) } });
    const after = await view(tx, id);
    await audit(tx, actor, 'submit', id, { before, after });
    return after;
  });
}
