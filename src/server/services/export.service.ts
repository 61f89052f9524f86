/**
 * The plan document (`minsheng check --json`'s shape) from the database: the stored plan, items
 * and indicators with one period's reports rebuilt as a core PlanReading, judged by core's
 * buildPlanDocument. Reports the caller may not read are left out, as if not yet written.
 */
import type { Kysely } from 'kysely';
import type { Indicator, Item, PlanReading, StatusClaim, Warning } from '../../core/model.ts';
import type { PlanDocument } from '../../core/plan-document.ts';
import { buildPlanDocument } from '../../core/read-plan.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canReadReport, type ReportState } from '../policies/report.policy.ts';
import { unitNames } from '../repositories/directory.repository.ts';
import { listActuals } from '../repositories/indicator.repository.ts';
import {
  getItemAccess,
  listItemLeaders,
  listResponsibilities,
} from '../repositories/item.repository.ts';
import { getPeriod } from '../repositories/period.repository.ts';
import { getPlan, listCategories } from '../repositories/plan.repository.ts';
import { listPoints, listReportsOfItems } from '../repositories/report.repository.ts';
import { toCoreIndicator } from './assess-report.ts';
import { effectiveBaselines } from './effective-baseline.ts';
import { defaultPeriodId, groupBy } from './item.service.ts';
import { approvedChangeNotes } from './target-change-notes.ts';

export async function exportPlanDocument(
  db: Kysely<Database>,
  actor: Actor,
  planId: number,
  periodId?: number,
): Promise<PlanDocument> {
  const plan = await getPlan(db, planId);
  if (!plan) throw new AppError('not_found');
  const pid = periodId ?? (await defaultPeriodId(db, planId, actor));
  const period = pid === null ? undefined : await getPeriod(db, pid);
  if (pid !== null && (!period || period.plan_id !== planId)) throw new AppError('not_found');
  const categories = await listCategories(db, planId);
  const items = await db
    .selectFrom('items')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
  const ids = items.map((i) => i.id);
  const [leadUnits, leaders, units, baselines, reports, changes] = await Promise.all([
    unitNames(
      db,
      items.flatMap((i) => (i.lead_unit_id === null ? [] : [i.lead_unit_id])),
    ),
    listItemLeaders(db, ids),
    listResponsibilities(db, ids),
    // Judged against approved targets and deadlines, as reports are.
    effectiveBaselines(db, new Map(items.map((i) => [i.id, i.deadline]))),
    pid === null ? Promise.resolve([]) : listReportsOfItems(db, ids, pid),
    approvedChangeNotes(db, items),
  ]);
  const readable = [];
  for (const report of reports) {
    if (canReadReport(actor, await getItemAccess(db, report.item_id), report.state as ReportState))
      readable.push(report);
  }
  const reportIds = readable.map((r) => r.id);
  const [points, actuals] = await Promise.all([
    listPoints(db, reportIds),
    listActuals(db, reportIds),
  ]);
  const reportOf = new Map(readable.map((r) => [r.item_id, r]));
  const [leadersOf, unitsOf, pointsOf] = [
    groupBy(leaders, (l) => l.item_id),
    groupBy(units, (u) => u.item_id),
    groupBy(points, (p) => p.report_id),
  ];
  const categoryIndex = new Map(categories.map((c, i) => [c.id, i]));
  const coreItems: Item[] = items.map((item) => {
    const report = reportOf.get(item.id);
    const actualOf = new Map(
      actuals.filter((a) => a.report_id === report?.id).map((a) => [a.indicator_id, a]),
    );
    return {
      no: item.no,
      category: categoryIndex.get(item.category_id) ?? 0,
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
  const reading: PlanReading = {
    plan: {
      title: period?.source_title ?? plan.title,
      year: plan.year,
      declaredItemCount: plan.declared_item_count,
      period: period
        ? { label: period.label, start: period.start_date, end: period.end_date }
        : null,
    },
    categories: categories.map((c) => ({ ordinal: c.ordinal, title: c.title })),
    items: coreItems,
    warnings: period ? (JSON.parse(period.warnings) as Warning[]) : [],
  };
  const doc = buildPlanDocument(reading);
  doc.items.forEach((itemDoc, i) => {
    const noted = changes.get(items[i]?.id ?? -1);
    if (noted) itemDoc.targetChanges = noted;
  });
  return doc;
}
