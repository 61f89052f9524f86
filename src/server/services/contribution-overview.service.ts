/**
 * Who has contributed what to each item's report in a period: the lead unit and the office see
 * every unit's contribution and which co-units are missing; a co-unit sees its own; a leader
 * sees the submitted ones of the items they supervise.
 */
import type { Selectable } from 'kysely';
import type { ItemTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { isOwnItem } from '../policies/report.policy.ts';
import {
  type ContributionDto,
  type ItemContributionsDto,
  presentContribution,
} from '../presenters/contribution.presenter.ts';
import { getContribution, listContributions } from '../repositories/contribution.repository.ts';
import { getItemAccess, listResponsibilities } from '../repositories/item.repository.ts';
import { getPeriod } from '../repositories/period.repository.ts';
import { listReportsOfItems } from '../repositories/report.repository.ts';
import type { ServiceContext } from './context.ts';
import { groupBy } from './item.service.ts';

type Access = Awaited<ReturnType<typeof getItemAccess>>;

/** Which of an item's contributions the actor may read: all, its unit's, submitted, or none. */
export function readableBy(actor: Actor, access: Access): (c: ContributionDto) => boolean {
  if (actor.role === 'admin') return () => true;
  if (actor.role === 'reporter' && actor.unitId !== null && access.unitIds.includes(actor.unitId))
    return actor.unitId === access.leadUnitId ? () => true : (c) => c.unitId === actor.unitId;
  if (
    actor.role === 'leader' &&
    actor.leaderId !== null &&
    access.leaderIds.includes(actor.leaderId)
  )
    return (c) => c.state === 'submitted';
  return () => false;
}

async function overview(
  ctx: ServiceContext,
  actor: Actor,
  items: Selectable<ItemTable>[],
  periodId: number,
): Promise<ItemContributionsDto[]> {
  const ids = items.map((i) => i.id);
  const [contributions, units, reports, accesses] = await Promise.all([
    listContributions(ctx.db, ids, periodId),
    listResponsibilities(ctx.db, ids),
    listReportsOfItems(ctx.db, ids, periodId),
    Promise.all(ids.map((id) => getItemAccess(ctx.db, id))),
  ]);
  const contributionsOf = groupBy(contributions.map(presentContribution), (c) => c.itemId);
  const unitsOf = groupBy(units, (u) => u.item_id);
  const reportOf = new Map(reports.map((r) => [r.item_id, r]));
  return items.flatMap((item, i) => {
    const access = accesses[i];
    if (!access || !isOwnItem(actor, access)) return [];
    const all = contributionsOf.get(item.id) ?? [];
    const submitted = new Set(all.filter((c) => c.state === 'submitted').map((c) => c.unitId));
    const seen = new Set<number>();
    const missing = (unitsOf.get(item.id) ?? []).flatMap((u) => {
      if (u.unit_id === item.lead_unit_id || submitted.has(u.unit_id) || seen.has(u.unit_id))
        return [];
      seen.add(u.unit_id);
      return [{ unitId: u.unit_id, unit: u.unit }];
    });
    const report = reportOf.get(item.id);
    return [
      {
        itemId: item.id,
        no: item.no,
        task: item.task,
        periodId,
        leadUnitId: item.lead_unit_id,
        reportId: report?.id ?? null,
        reportState: report?.state ?? null,
        contributions: all.filter(readableBy(actor, access)),
        missing,
      },
    ];
  });
}

/** GET /api/items/:id/contributions?period= */
export async function readItemContributions(
  ctx: ServiceContext,
  actor: Actor,
  itemId: number,
  periodId: number,
): Promise<ItemContributionsDto> {
  const item = await ctx.db
    .selectFrom('items')
    .selectAll()
    .where('id', '=', itemId)
    .executeTakeFirst();
  const period = await getPeriod(ctx.db, periodId);
  if (!item || !period || period.plan_id !== item.plan_id) throw new AppError('not_found');
  requireRole(actor, 'admin', 'reporter', 'leader');
  const [row] = await overview(ctx, actor, [item], periodId);
  if (!row) throw new AppError('forbidden');
  return row;
}

/** GET /api/periods/:id/contributions: every item the actor works on, with what is missing. */
export async function readPeriodContributions(
  ctx: ServiceContext,
  actor: Actor,
  periodId: number,
): Promise<ItemContributionsDto[]> {
  requireRole(actor, 'admin', 'reporter', 'leader');
  const period = await getPeriod(ctx.db, periodId);
  if (!period) throw new AppError('not_found');
  const items = await ctx.db
    .selectFrom('items')
    .selectAll()
    .where('plan_id', '=', period.plan_id)
    .orderBy('position')
    .execute();
  return overview(ctx, actor, items, periodId);
}

/** GET /api/contributions/:id */
export async function readContribution(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
): Promise<ContributionDto> {
  const row = await getContribution(ctx.db, id);
  if (!row) throw new AppError('not_found');
  const dto = presentContribution(row);
  if (!readableBy(actor, await getItemAccess(ctx.db, row.item_id))(dto))
    throw new AppError(actor.role === 'public' ? 'unauthenticated' : 'forbidden');
  return dto;
}
