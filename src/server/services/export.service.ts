/**
 * The plan document (`minsheng check --json`'s shape) from the database: the stored plan, items
 * and indicators with one period's reports rebuilt as a core PlanReading, judged by core's
 * buildPlanDocument. Reports the caller may not read are left out, as if not yet written.
 */
import type { Kysely } from 'kysely';
import type { PlanReading, Warning } from '../../core/model.ts';
import { periodTableTitle } from '../../core/period-title.ts';
import type { PlanDocument } from '../../core/plan-document.ts';
import { buildPlanDocument } from '../../core/read-plan.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canReadReport, type ReportState } from '../policies/report.policy.ts';
import { getItemAccess } from '../repositories/item.repository.ts';
import { getPeriod } from '../repositories/period.repository.ts';
import { getPlan, listCategories } from '../repositories/plan.repository.ts';
import { listReportsOfItems } from '../repositories/report.repository.ts';
import { toCoreItems } from './core-items.ts';
import { defaultPeriodId } from './item.service.ts';
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
  const [reports, changes] = await Promise.all([
    pid === null ? Promise.resolve([]) : listReportsOfItems(db, ids, pid),
    approvedChangeNotes(db, items),
  ]);
  const readable = [];
  for (const report of reports) {
    if (canReadReport(actor, await getItemAccess(db, report.item_id), report.state as ReportState))
      readable.push(report);
  }
  const reportOf = new Map(readable.map((r) => [r.item_id, r]));
  const categoryIndex = new Map(categories.map((c, i) => [c.id, i]));
  const coreItems = await toCoreItems(
    db,
    items,
    (id) => reportOf.get(id),
    (id) => categoryIndex.get(id) ?? 0,
  );
  const reading: PlanReading = {
    plan: {
      title: period
        ? periodTableTitle(plan.title, { label: period.label, sourceTitle: period.source_title })
        : plan.title,
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
