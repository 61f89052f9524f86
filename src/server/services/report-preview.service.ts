/**
 * What the report form shows while the unit writes, before anything is saved: for each indicator
 * the figure core reads from the points (the unit confirms or corrects it), the assessment those
 * figures give at the period's end, the discrepancy with the status label, and the checks the
 * submission must pass. Judged exactly as a saved report is judged (assessReport), so the
 * preview and the stored report never disagree.
 */
import type { Kysely } from 'kysely';
import type { Discrepancy } from '../../core/model.ts';
import type { Database } from '../db/schema.ts';
import { AppError, ERRORS } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canWriteReport } from '../policies/report.policy.ts';
import {
  presentPreview,
  type ReportPreviewDto,
  type SubmissionCheckDto,
} from '../presenters/report-preview.presenter.ts';
import { listIndicators } from '../repositories/indicator.repository.ts';
import { getItem, getItemAccess } from '../repositories/item.repository.ts';
import { getPeriod } from '../repositories/period.repository.ts';
import { assessReport } from './assess-report.ts';
import { type ReportContent, toCoreReport, typedActuals } from './report-content.ts';

/** The check the submit step enforces: figures that contradict the label need an explanation. */
export function checkExplanation(
  discrepancy: Discrepancy | null,
  explanation: string | null | undefined,
): SubmissionCheckDto[] {
  if (!discrepancy || explanation?.trim()) return [];
  const { zh, en } = ERRORS.explanation_required;
  return [{ code: 'explanation_required', message: zh, messageEn: en, severity: 'error' }];
}

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
  const indicators = await listIndicators(db, [item.id]);
  const report = toCoreReport(input);
  const assessed = assessReport({
    item,
    indicators,
    report,
    typed: typedActuals(input),
    asOf: period.end_date,
  });
  const checks = checkExplanation(assessed.discrepancy, input.explanation);
  return presentPreview(indicators, assessed, report.statusClaim, checks);
}
