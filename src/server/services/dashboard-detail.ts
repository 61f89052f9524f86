/**
 * The cockpit's detail beyond the counts: the deciding figures behind each discrepancy, the
 * items without a report, and how each item moved since the previous period. The movement is
 * core's (statusChange); the figures are those stored with the reports.
 */
import type { Kysely } from 'kysely';
import { statusChange } from '../../core/assess/status-change.ts';
import type { ItemStatus } from '../../core/model.ts';
import type { Database } from '../db/schema.ts';
import type { DashboardDto } from '../presenters/dashboard.presenter.ts';
import type { listDiscrepancies, Scope } from '../repositories/dashboard.repository.ts';
import {
  findPreviousPeriod,
  listAssessmentPairs,
  listFigures,
  listMissing,
} from '../repositories/dashboard-detail.repository.ts';

type Db = Kysely<Database>;
type DiscrepancyRow = Awaited<ReturnType<typeof listDiscrepancies>>[number];

/** Each discrepancy with the figures of the indicator that decided it. */
export async function presentDiscrepancies(
  db: Db,
  rows: DiscrepancyRow[],
): Promise<DashboardDto['discrepancies']> {
  const figures = await listFigures(
    db,
    rows.map((r) => r.report_id),
  );
  return rows.map((d) => {
    const parsed = JSON.parse(d.discrepancy ?? '{}') as {
      status?: string;
      message?: string;
      messageEn?: string;
    };
    const deciding = figures.find((f) => f.report_id === d.report_id && f.what === d.decided_by);
    return {
      itemId: d.item_id,
      no: d.no,
      task: d.task,
      leadUnit: d.lead_unit,
      reportId: d.report_id,
      statusLabel: d.status_label,
      status: parsed.status ?? '',
      decidedBy: deciding
        ? {
            what: deciding.what,
            actual: deciding.actual,
            target: deciding.target,
            unit: deciding.unit,
            completion: d.progress,
            expected: d.expected,
          }
        : null,
      explanation: d.explanation,
      message: parsed.message ?? '',
      messageEn: parsed.messageEn ?? '',
    };
  });
}

/** Items without a report, the previous period and the changes since it. */
export async function readChanges(
  db: Db,
  scope: Scope,
  periodEnd: string | null,
): Promise<Pick<DashboardDto, 'missing' | 'previousPeriod' | 'changes'>> {
  const [missing, previous] = await Promise.all([
    listMissing(db, scope),
    periodEnd === null ? undefined : findPreviousPeriod(db, scope.planId, periodEnd),
  ]);
  const pairs = previous ? await listAssessmentPairs(db, scope, previous.id) : [];
  return {
    missing: missing.map((m) => ({
      itemId: m.item_id,
      no: m.no,
      task: m.task,
      leadUnit: m.lead_unit,
    })),
    previousPeriod: previous
      ? { id: previous.id, label: previous.label, end: previous.end_date }
      : null,
    changes: pairs.flatMap((p) => {
      const change = statusChange(p.previous_status as ItemStatus | null, p.status as ItemStatus);
      return change === 'same'
        ? []
        : [
            {
              itemId: p.item_id,
              no: p.no,
              task: p.task,
              from: p.previous_status,
              to: p.status,
              progressFrom: p.previous_progress,
              progressTo: p.progress,
              change,
            },
          ];
    }),
  };
}
