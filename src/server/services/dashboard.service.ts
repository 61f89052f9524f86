/** The cockpit of a plan for a period: where items stand, who is behind, who has not reported. */
import type { Kysely } from 'kysely';
import { today } from '../db/clock.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { visibleStates } from '../policies/report.policy.ts';
import { countsById, type DashboardDto } from '../presenters/dashboard.presenter.ts';
import * as repo from '../repositories/dashboard.repository.ts';
import { leaderNames, unitNames } from '../repositories/directory.repository.ts';
import { getPeriod } from '../repositories/period.repository.ts';
import { getPlan, listCategories } from '../repositories/plan.repository.ts';
import { defaultPeriodId } from './item.service.ts';

const toRecord = (rows: { key: string | null; n: number | string }[]) =>
  Object.fromEntries(rows.map((r) => [r.key ?? 'none', Number(r.n)]));

/** Office and leaders see the whole plan (leaders without drafts). */
export async function readDashboard(
  db: Kysely<Database>,
  actor: Actor,
  planId: number,
  periodId?: number,
): Promise<DashboardDto> {
  requireRole(actor, 'admin', 'leader');
  if (!(await getPlan(db, planId))) throw new AppError('not_found');
  const pid = periodId ?? (await defaultPeriodId(db, planId, actor));
  const period = pid === null ? undefined : await getPeriod(db, pid);
  if (pid !== null && (!period || period.plan_id !== planId)) throw new AppError('not_found');
  const scope = { planId, periodId: pid ?? -1, states: visibleStates(actor) };
  const [
    items,
    byAssessment,
    byClaim,
    byCategory,
    byLeader,
    byUnit,
    discrepancies,
    overdue,
    categories,
  ] = await Promise.all([
    repo.countItems(db, planId),
    repo.countByAssessment(db, scope),
    repo.countByClaim(db, scope),
    repo.countByCategory(db, scope),
    repo.countByLeader(db, scope),
    repo.countByUnit(db, scope),
    repo.listDiscrepancies(db, scope),
    repo.listOverdue(db, planId, today()),
    listCategories(db, planId),
  ]);
  // Names only of the leaders and units that appear: a national database holds tens of thousands.
  const [leaderName, unitName] = await Promise.all([
    leaderNames(
      db,
      byLeader.map((r) => r.id),
    ),
    unitNames(
      db,
      byUnit.map((r) => r.id),
    ),
  ]);
  const leaders = [...leaderName].map(([id, name]) => ({ id, name }));
  const units = [...unitName].map(([id, name]) => ({ id, name }));
  const assessed = toRecord(byAssessment);
  const named = <T extends { id: number }>(rows: Map<number, Record<string, number>>, all: T[]) =>
    all.filter((x) => rows.has(x.id)).map((x) => ({ x, counts: rows.get(x.id) ?? {} }));
  return {
    planId,
    period: period ? { id: period.id, label: period.label, end: period.end_date } : null,
    items,
    unreported: items - Object.values(assessed).reduce((a, b) => a + b, 0),
    byAssessment: assessed,
    byClaim: toRecord(byClaim),
    byCategory: named(countsById(byCategory), categories).map(({ x, counts }) => ({
      id: x.id,
      ordinal: x.ordinal,
      title: x.title,
      counts,
    })),
    byLeader: named(countsById(byLeader), leaders).map(({ x, counts }) => ({
      id: x.id,
      name: x.name,
      counts,
    })),
    byUnit: named(countsById(byUnit), units).map(({ x, counts }) => ({
      id: x.id,
      name: x.name,
      counts,
    })),
    discrepancies: discrepancies.map((d) => {
      const parsed = JSON.parse(d.discrepancy ?? '{}') as { message?: string; messageEn?: string };
      return {
        itemId: d.item_id,
        no: d.no,
        reportId: d.report_id,
        message: parsed.message ?? '',
        messageEn: parsed.messageEn ?? '',
      };
    }),
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
