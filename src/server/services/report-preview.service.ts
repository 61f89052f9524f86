/**
 * What the report form shows while the unit writes, before anything is saved: for each indicator
 * the figure core reads from the points (the unit confirms or corrects it), the assessment those
 * figures give at the period's end, the discrepancy with the status label, and the checks the
 * submission must pass (core/checks/submission-checks.ts). Judged exactly as a saved report is judged (assessReport), so the
 * preview and the stored report never disagree.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canWriteReport } from '../policies/report.policy.ts';
import { presentPreview, type ReportPreviewDto } from '../presenters/report-preview.presenter.ts';
import { getItem, getItemAccess } from '../repositories/item.repository.ts';
import { getPeriod } from '../repositories/period.repository.ts';
import { assessReport } from './assess-report.ts';
import { effectiveBaseline } from './effective-baseline.ts';
import { type ReportContent, toCoreReport, typedActuals } from './report-content.ts';
import { checksOf } from './submission-check.service.ts';

/** POST /api/reports/preview: the item's units and the office; nothing is written. */
export async function previewReport(
  db: Kysely<Database>,
  actor: Actor,
  input: { itemId: number; periodId: number } & ReportContent,
): Promise<ReportPreviewDto> {
  const [item, period] = await Promise.all([
    getItem(db, input.itemId),
    getPeriod(db, input.periodId),
  ]);
  if (!item || !period || period.plan_id !== item.plan_id) throw new AppError('not_found');
  if (!canWriteReport(actor, await getItemAccess(db, item.id)))
    throw new AppError(actor.role === 'public' ? 'unauthenticated' : 'forbidden');
  // Judged against the approved targets and deadline, as the saved report will be.
  const baseline = await effectiveBaseline(db, item);
  const report = toCoreReport(input);
  const assessed = assessReport({
    item: { ...item, deadline: baseline.deadline },
    indicators: baseline.indicators,
    report,
    typed: typedActuals(input),
    asOf: period.end_date,
  });
  const checks = await checksOf(db, {
    item,
    periodEnd: period.end_date,
    indicators: baseline.indicators,
    actuals: new Map(assessed.actuals.map(({ indicatorId, ...figures }) => [indicatorId, figures])),
    report: { ...report, explanation: input.explanation ?? null },
    assessment: assessed.assessment,
  });
  return presentPreview(baseline.indicators, assessed, report.statusClaim, checks);
}
