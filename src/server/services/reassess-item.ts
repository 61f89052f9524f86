/**
 * After the office corrects an item's indicators, every stored report of the item is judged
 * again against the new targets. The figures each report gave stay as they were (whether read
 * from the text or typed by the unit); a new indicator gets the figure its text states.
 */
import type { Kysely } from 'kysely';
import type { StatusClaim } from '../../core/model.ts';
import type { Database } from '../db/schema.ts';
import {
  listActuals,
  listIndicators,
  replaceActuals,
} from '../repositories/indicator.repository.ts';
import { listPeriods } from '../repositories/period.repository.ts';
import { listPoints, listReportsOfItems } from '../repositories/report.repository.ts';
import { assessReport } from './assess-report.ts';
import { groupBy } from './item.service.ts';

export async function reassessItemReports(
  db: Kysely<Database>,
  item: {
    id: number;
    plan_id: number;
    no: string;
    task: string;
    start_date: string;
    deadline: string;
  },
): Promise<void> {
  const [indicators, reports, periods] = await Promise.all([
    listIndicators(db, [item.id]),
    listReportsOfItems(db, [item.id]),
    listPeriods(db, item.plan_id),
  ]);
  const ids = reports.map((r) => r.id);
  const [points, actuals] = await Promise.all([listPoints(db, ids), listActuals(db, ids)]);
  const pointsOf = groupBy(points, (p) => p.report_id);
  const actualsOf = groupBy(actuals, (a) => a.report_id);
  const endOf = new Map(periods.map((p) => [p.id, p.end_date]));
  for (const report of reports) {
    const assessed = assessReport({
      item,
      indicators,
      report: {
        statusLabel: report.status_label,
        statusClaim: report.status_claim as StatusClaim | null,
        points: (pointsOf.get(report.id) ?? []).map((p) => p.text),
        text: report.text,
      },
      typed: new Map((actualsOf.get(report.id) ?? []).map((a) => [a.indicator_id, a.actual])),
      asOf: endOf.get(report.period_id) ?? item.deadline,
    });
    await replaceActuals(db, report.id, assessed.actuals);
    await db
      .updateTable('reports')
      .set({
        assessment: assessed.assessment.status,
        expected: assessed.assessment.expected,
        progress: assessed.assessment.progress,
        decided_by: assessed.assessment.decidedBy,
        discrepancy: assessed.discrepancy ? JSON.stringify(assessed.discrepancy) : null,
      })
      .where('id', '=', report.id)
      .execute();
  }
}
