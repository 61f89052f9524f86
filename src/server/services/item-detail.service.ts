/**
 * One item with its indicators' history across periods and the reports the caller may read.
 * Items are public commitments; their reports are filtered by the report policy.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canReadReport, type ReportState } from '../policies/report.policy.ts';
import type { ItemDetailDto } from '../presenters/item.presenter.ts';
import { presentReport } from '../presenters/report.presenter.ts';
import { unitNames } from '../repositories/directory.repository.ts';
import { listActuals, listIndicators } from '../repositories/indicator.repository.ts';
import {
  getItem,
  getItemAccess,
  listItemLeaders,
  listResponsibilities,
} from '../repositories/item.repository.ts';
import { listPeriods } from '../repositories/period.repository.ts';
import { listPoints, listReportsOfItems } from '../repositories/report.repository.ts';
import { historyPoint, warningsOf } from './indicator-history.ts';
import { groupBy } from './item.service.ts';

export async function getItemDetail(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
): Promise<ItemDetailDto> {
  const item = await getItem(db, id);
  if (!item) throw new AppError('not_found');
  const [access, category, leaders, units, indicators, allReports, periods] = await Promise.all([
    getItemAccess(db, id),
    db
      .selectFrom('categories')
      .selectAll()
      .where('id', '=', item.category_id)
      .executeTakeFirstOrThrow(),
    listItemLeaders(db, [id]),
    listResponsibilities(db, [id]),
    listIndicators(db, [id]),
    listReportsOfItems(db, [id]),
    listPeriods(db, item.plan_id),
  ]);
  const reports = allReports.filter((r) => canReadReport(actor, access, r.state as ReportState));
  const reportIds = reports.map((r) => r.id);
  const [points, actuals] = await Promise.all([
    listPoints(db, reportIds),
    listActuals(db, reportIds),
  ]);
  const pointsOf = groupBy(points, (p) => p.report_id);
  const actualsOf = groupBy(actuals, (a) => a.report_id);
  const periodOf = new Map(periods.map((p) => [p.id, p]));
  const chronological = [...reports].sort((a, b) =>
    (periodOf.get(a.period_id)?.end_date ?? '').localeCompare(
      periodOf.get(b.period_id)?.end_date ?? '',
    ),
  );
  const leadUnit =
    item.lead_unit_id === null
      ? null
      : ((await unitNames(db, [item.lead_unit_id])).get(item.lead_unit_id) ?? null);
  return {
    id: item.id,
    planId: item.plan_id,
    no: item.no,
    task: item.task,
    category: { id: category.id, ordinal: category.ordinal, title: category.title },
    start: item.start_date,
    deadline: item.deadline,
    version: item.version,
    leadUnit,
    leaders: leaders.map((l) => ({ id: l.id, name: l.name })),
    responsibilities: units.map((u) => ({ unitId: u.unit_id, unit: u.unit, person: u.person })),
    indicators: indicators.map((indicator) => ({
      id: indicator.id,
      what: indicator.what,
      kind: indicator.kind,
      target: indicator.target,
      unit: indicator.unit,
      targetText: indicator.target_text,
      direction: indicator.direction,
      history: chronological.flatMap((report) => {
        const actual = actualsOf.get(report.id)?.find((a) => a.indicator_id === indicator.id);
        const period = periodOf.get(report.period_id);
        return actual && period ? [historyPoint({ item, indicator, actual, period })] : [];
      }),
    })),
    reports: chronological.map((r) => ({
      ...presentReport(r, pointsOf.get(r.id) ?? [], actualsOf.get(r.id) ?? []),
      periodLabel: periodOf.get(r.period_id)?.label ?? '',
    })),
    warnings: warningsOf(item.no, periods),
  };
}
