/**
 * Stored items, each with one report or none, as core Items: leaders, units, indicators with the
 * report's actuals against the approved baseline, and the report's words. The one assembly behind the plan document export and
 * the public content recorded at each publication, so both say the same thing.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Indicator, Item, StatusClaim } from '../../core/model.ts';
import type { Database, ItemTable, ReportTable } from '../db/schema.ts';
import { unitNames } from '../repositories/directory.repository.ts';
import { listActuals } from '../repositories/indicator.repository.ts';
import { listItemLeaders, listResponsibilities } from '../repositories/item.repository.ts';
import { listPoints } from '../repositories/report.repository.ts';
import { toCoreIndicator } from './assess-report.ts';
import { effectiveBaselines } from './effective-baseline.ts';
import { groupBy } from './item.service.ts';

/**
 * Core Items in the order of `items`; `reportOf` names each item's report (undefined: none) and
 * `categoryIndex` places it among the plan's categories.
 */
export async function toCoreItems(
  db: Kysely<Database>,
  items: Selectable<ItemTable>[],
  reportOf: (itemId: number) => Selectable<ReportTable> | undefined,
  categoryIndex: (categoryId: number) => number,
): Promise<Item[]> {
  const ids = items.map((i) => i.id);
  const reports = items.flatMap((i) => reportOf(i.id) ?? []);
  const reportIds = reports.map((r) => r.id);
  const [leadUnits, leaders, units, baselines, points, actuals] = await Promise.all([
    unitNames(
      db,
      items.flatMap((i) => (i.lead_unit_id === null ? [] : [i.lead_unit_id])),
    ),
    listItemLeaders(db, ids),
    listResponsibilities(db, ids),
    // Judged against the approved targets and deadlines (target changes), as reports are.
    effectiveBaselines(db, new Map(items.map((i) => [i.id, i.deadline]))),
    listPoints(db, reportIds),
    listActuals(db, reportIds),
  ]);
  const [leadersOf, unitsOf, pointsOf, actualsOf] = [
    groupBy(leaders, (l) => l.item_id),
    groupBy(units, (u) => u.item_id),
    groupBy(points, (p) => p.report_id),
    groupBy(actuals, (a) => a.report_id),
  ];
  return items.map((item) => {
    const report = reportOf(item.id);
    const actualOf = new Map(
      (report ? (actualsOf.get(report.id) ?? []) : []).map((a) => [a.indicator_id, a]),
    );
    return {
      no: item.no,
      category: categoryIndex(item.category_id),
      task: item.task,
      leadUnit: item.lead_unit_id === null ? null : (leadUnits.get(item.lead_unit_id) ?? null),
      leaders: (leadersOf.get(item.id) ?? []).map((l) => l.name),
      responsibilities: (unitsOf.get(item.id) ?? []).map((u) => ({
        unit: u.unit,
        person: u.person,
      })),
      start: item.start_date,
      deadline: baselines.get(item.id)?.deadline ?? item.deadline,
      indicators: (baselines.get(item.id)?.indicators ?? []).map((row): Indicator => {
        const a = actualOf.get(row.id);
        return a
          ? {
              ...toCoreIndicator(row),
              actual: a.actual,
              actualText: a.actual_text,
              reportedPercent: a.reported_percent,
              achieved: a.achieved === null ? null : a.achieved === 1,
            }
          : toCoreIndicator(row);
      }),
      report: report
        ? {
            statusLabel: report.status_label,
            statusClaim: report.status_claim as StatusClaim | null,
            points: (pointsOf.get(report.id) ?? []).map((p) => p.text),
            text: report.text,
          }
        : null,
      line: null,
    };
  });
}
