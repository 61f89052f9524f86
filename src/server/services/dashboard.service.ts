/** The cockpit of a plan for a period: where items stand, who is behind, who has not reported. */
import type { Kysely } from 'kysely';
import { expectedShare } from '../../core/assess/expectation.ts';
import { today } from '../db/clock.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { visibleStates } from '../policies/report.policy.ts';
import { countsById, type DashboardDto } from '../presenters/dashboard.presenter.ts';
import * as repo from '../repositories/dashboard.repository.ts';
import { progressByCategory } from '../repositories/dashboard-detail.repository.ts';
import { getPeriod } from '../repositories/period.repository.ts';
import { getPlan, listCategories } from '../repositories/plan.repository.ts';
import { presentDiscrepancies, readChanges } from './dashboard-detail.ts';
import { defaultPeriodId } from './item.service.ts';

/** Totals of grouped counts by one of their keys ("none" for a missing claim). */
function sumBy<T extends { n: number | string }>(rows: T[], key: (row: T) => string | null) {
  const out: Record<string, number> = {};
  for (const row of rows) {
    const k = key(row) ?? 'none';
    out[k] = (out[k] ?? 0) + Number(row.n);
  }
  return out;
}

/** pg returns averages as strings, SQLite as numbers. */
const nullableNumber = (x: number | string | null | undefined) =>
  x === null || x === undefined ? null : Number(x);

const nameOf = (rows: { id: number; name: string }[], id: number) =>
  rows.find((r) => r.id === id)?.name ?? '';

/**
 * The office sees the whole plan; a leader sees the items they supervise — the same items as in
 * their item list — and no drafts.
 */
export async function readDashboard(
  db: Kysely<Database>,
  actor: Actor,
  planId: number,
  periodId?: number,
): Promise<DashboardDto> {
  requireRole(actor, 'admin', 'leader');
  // Two round trips: the plan and the period, then every aggregate at once.
  const [plan, pid] = await Promise.all([
    getPlan(db, planId),
    periodId === undefined ? defaultPeriodId(db, planId, actor) : Promise.resolve(periodId),
  ]);
  if (!plan) throw new AppError('not_found');
  const leaderId = actor.role === 'leader' ? (actor.leaderId ?? -1) : undefined;
  const scope = { planId, periodId: pid ?? -1, states: visibleStates(actor), leaderId };
  const [
    period,
    items,
    byCategory,
    progress,
    byLeader,
    byUnit,
    discrepancies,
    overdue,
    categories,
  ] = await Promise.all([
    pid === null ? undefined : getPeriod(db, pid),
    repo.countItems(db, planId, leaderId),
    repo.countByCategory(db, scope),
    progressByCategory(db, scope),
    repo.countByLeader(db, scope),
    repo.countByUnit(db, scope),
    repo.listDiscrepancies(db, scope),
    repo.listOverdue(db, planId, today(), leaderId),
    listCategories(db, planId),
  ]);
  if (pid !== null && (!period || period.plan_id !== planId)) throw new AppError('not_found');
  const [details, changes] = await Promise.all([
    presentDiscrepancies(db, discrepancies),
    readChanges(db, scope, period?.end_date ?? null),
  ]);
  const progressOf = new Map(progress.map((p) => [p.id, p]));
  const assessed = sumBy(byCategory, (r) => r.assessment);
  const named = <T extends { id: number }>(rows: Map<number, Record<string, number>>, all: T[]) =>
    all.filter((x) => rows.has(x.id)).map((x) => ({ x, counts: rows.get(x.id) ?? {} }));
  return {
    planId,
    period: period
      ? {
          id: period.id,
          label: period.label,
          end: period.end_date,
          expected: expectedShare(`${plan.year}-01-01`, `${plan.year}-12-31`, period.end_date),
        }
      : null,
    items,
    unreported: items - Object.values(assessed).reduce((a, b) => a + b, 0),
    byAssessment: assessed,
    byClaim: sumBy(byCategory, (r) => r.claim),
    byCategory: named(countsById(byCategory), categories).map(({ x, counts }) => ({
      id: x.id,
      ordinal: x.ordinal,
      title: x.title,
      counts,
      progress: nullableNumber(progressOf.get(x.id)?.progress),
      expected: nullableNumber(progressOf.get(x.id)?.expected),
    })),
    byLeader: [...countsById(byLeader)]
      .sort(([a], [b]) => a - b)
      .map(([id, counts]) => ({ id, name: nameOf(byLeader, id), counts })),
    byUnit: [...countsById(byUnit)]
      .sort(([a], [b]) => a - b)
      .map(([id, counts]) => ({ id, name: nameOf(byUnit, id), counts })),
    discrepancies: details,
    ...changes,
    overdue: overdue.map((o) => ({
      periodId: o.period_id,
      label: o.label,
      dueDate: o.due_date,
      itemId: o.item_id,
      no: o.no,
      state: o.state,
    })),
  };
}
