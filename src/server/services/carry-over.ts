/**
 * Opening a period with the last one's words: each item's latest approved (or published) report
 * becomes the new period's draft, marked as carried over, so a unit edits what changed instead
 * of retyping. Its figures are kept as typed figures and judged again at the new period's end.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database, PeriodTable } from '../db/schema.ts';
import type { Actor } from '../policies/actor.ts';
import { listActuals } from '../repositories/indicator.repository.ts';
import { insertReport, listPoints } from '../repositories/report.repository.ts';
import { groupBy } from './item.service.ts';
import { recordDraft } from './report.service.ts';

/** The latest approved or published report of each item from periods ending before `end`. */
async function lastApprovedReports(db: Kysely<Database>, planId: number, end: string) {
  const rows = await db
    .selectFrom('reports as r')
    .innerJoin('periods as p', 'p.id', 'r.period_id')
    .selectAll('r')
    .where('p.plan_id', '=', planId)
    .where('p.end_date', '<', end)
    .where('r.state', 'in', ['approved', 'published'])
    .orderBy('p.end_date', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
  const latest = new Map<number, (typeof rows)[number]>();
  for (const row of rows) if (!latest.has(row.item_id)) latest.set(row.item_id, row);
  return latest;
}

/** Drafts `period`'s reports from the last approved ones; returns how many it carried over. */
export async function carryOverReports(
  trx: Kysely<Database>,
  actor: Actor,
  period: Selectable<PeriodTable>,
): Promise<number> {
  const previous = await lastApprovedReports(trx, period.plan_id, period.end_date);
  if (previous.size === 0) return 0;
  const items = await trx
    .selectFrom('items')
    .selectAll()
    .where('id', 'in', [...previous.keys()])
    .orderBy('position')
    .execute();
  const ids = [...previous.values()].map((r) => r.id);
  const [points, actuals] = await Promise.all([listPoints(trx, ids), listActuals(trx, ids)]);
  const pointsOf = groupBy(points, (p) => p.report_id);
  const actualsOf = groupBy(actuals, (a) => a.report_id);
  for (const item of items) {
    const from = previous.get(item.id);
    if (!from) continue;
    const reportId = await insertReport(trx, {
      itemId: item.id,
      periodId: period.id,
      text: '',
      state: 'draft',
      author_unit_id: item.lead_unit_id,
      assessment: 'unknown',
      expected: 0,
      carried_from_report_id: from.id,
    });
    await recordDraft(trx, actor, {
      reportId,
      item,
      period,
      version: 1,
      action: 'report.carry_over',
      content: {
        statusLabel: from.status_label,
        points: (pointsOf.get(from.id) ?? []).map((p) => p.text),
        actuals: (actualsOf.get(from.id) ?? []).map((a) => ({
          indicatorId: a.indicator_id,
          actual: a.actual,
        })),
      },
    });
  }
  return items.length;
}
