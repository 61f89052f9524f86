/**
 * What a unit writes in a report (status words, numbered points, figures) → the stored text,
 * claim, points, actuals and assessment. One place, so a draft saved through the API is judged
 * exactly like a report read from a table.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Report } from '../../core/model.ts';
import { claimOf } from '../../core/table/report.ts';
import { MAX_INT } from '../db/limits.ts';
import type { Database } from '../db/schema.ts';
import { replaceActuals } from '../repositories/indicator.repository.ts';
import { replacePoints } from '../repositories/report.repository.ts';
import { assessReport } from './assess-report.ts';
import { effectiveBaseline } from './effective-baseline.ts';

export const ReportContent = z.object({
  statusLabel: z.string().trim().max(50).nullable().describe('Status words, e.g. 按进度完成'),
  points: z
    .array(z.string().trim().min(1).max(5000))
    .max(50)
    .describe('Narrative points, in order'),
  actuals: z
    .array(
      z.object({
        indicatorId: z.number().int().positive().max(MAX_INT),
        actual: z.number().nullable(),
      }),
    )
    .max(100)
    .optional()
    .describe('Figures per indicator; they override figures read from the points'),
  explanation: z
    .string()
    .trim()
    .max(2000)
    .nullable()
    .optional()
    .describe('Why the figures and the status label disagree; required to submit when they do'),
});
export type ReportContent = z.infer<typeof ReportContent>;

/** The cell text a table would print: "按进度完成。\n（1）…\n（2）…". */
export function composeText(content: ReportContent): string {
  const label = content.statusLabel ? `${content.statusLabel.replace(/[。.]$/, '')}。` : '';
  const body =
    content.points.length === 1
      ? (content.points[0] ?? '')
      : content.points.map((p, i) => `（${i + 1}）${p}`).join('\n');
  return [label, body].filter(Boolean).join('\n');
}

/** The report as core reads it: label without its full stop, the claim it makes, the text. */
export function toCoreReport(content: ReportContent): Report {
  const label = content.statusLabel?.replace(/[。.]$/, '') || null;
  return {
    statusLabel: label,
    statusClaim: label ? claimOf(label) : null,
    points: content.points,
    text: composeText(content),
  };
}

/** Figures the unit typed in, by indicator id. */
export const typedActuals = (content: ReportContent) =>
  new Map((content.actuals ?? []).map((a) => [a.indicatorId, a.actual]));

/** Writes points and actuals of `reportId` and returns the report columns to update. */
export async function writeContent(
  db: Kysely<Database>,
  options: {
    reportId: number;
    item: { id: number; no: string; task: string; start_date: string; deadline: string };
    periodEnd: string;
    content: ReportContent;
  },
) {
  const { content } = options;
  const report = toCoreReport(content);
  // Judged against the approved targets and deadline, not necessarily the planned ones.
  const baseline = await effectiveBaseline(db, options.item);
  const assessed = assessReport({
    item: { ...options.item, deadline: baseline.deadline },
    indicators: baseline.indicators,
    report,
    typed: typedActuals(content),
    asOf: options.periodEnd,
  });
  await replacePoints(db, options.reportId, report.points);
  await replaceActuals(db, options.reportId, assessed.actuals);
  return {
    fields: {
      status_label: report.statusLabel,
      status_claim: report.statusClaim,
      text: report.text,
      assessment: assessed.assessment.status,
      expected: assessed.assessment.expected,
      progress: assessed.assessment.progress,
      decided_by: assessed.assessment.decidedBy,
      discrepancy: assessed.discrepancy ? JSON.stringify(assessed.discrepancy) : null,
      assessment_basis: JSON.stringify(baseline.basis),
      explanation: content.explanation || null,
    },
  };
}
