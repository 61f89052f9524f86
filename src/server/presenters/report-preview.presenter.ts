/** The API's shape of a report preview: what the form shows the unit before it saves. */
import { z } from 'zod';
import { ItemStatus } from '../../core/model.ts';
import type { AssessedReport } from '../services/assess-report.ts';
import { DiscrepancyDto } from './report.presenter.ts';

/**
 * One finding about a report about to be submitted. `error` blocks the submission; `warning`
 * and `info` are shown to the unit and to the reviewer.
 */
export const SubmissionCheckDto = z.object({
  code: z.string().describe('Stable machine code, e.g. explanation_required'),
  message: z.string(),
  messageEn: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
});
export type SubmissionCheckDto = z.infer<typeof SubmissionCheckDto>;

export const ReportPreviewDto = z.object({
  statusClaim: z.string().nullable().describe('What the status label claims, as core reads it'),
  indicators: z.array(
    z.object({
      indicatorId: z.number().int(),
      what: z.string(),
      kind: z.string(),
      target: z.number().nullable(),
      unit: z.string(),
      targetText: z.string(),
      proposed: z.number().nullable().describe('The figure read from the points, to confirm'),
      proposedText: z.string().nullable().describe('The words the figure was read from'),
      actual: z.number().nullable().describe('The figure used: the unit’s own, else the proposed'),
      completion: z.number().nullable(),
      expected: z.number().describe('序时进度 at the period end, 0..1'),
      status: ItemStatus,
      forecast: z.number().nullable().describe('Year-end value at the current pace'),
    }),
  ),
  assessment: z.object({
    status: ItemStatus,
    expected: z.number(),
    progress: z.number().nullable(),
    decidedBy: z.string().nullable(),
  }),
  discrepancy: DiscrepancyDto.nullable(),
  checks: z.array(SubmissionCheckDto),
});
export type ReportPreviewDto = z.infer<typeof ReportPreviewDto>;

/** Presents core's reading of a report against the item's stored indicators. */
export function presentPreview(
  indicators: {
    id: number;
    what: string;
    kind: string;
    target: number | null;
    unit: string;
    target_text: string;
  }[],
  assessed: AssessedReport,
  statusClaim: string | null,
  checks: SubmissionCheckDto[],
): ReportPreviewDto {
  const { assessment } = assessed;
  return {
    statusClaim,
    indicators: indicators.map((indicator, i) => {
      const judged = assessment.indicators[i];
      return {
        indicatorId: indicator.id,
        what: indicator.what,
        kind: indicator.kind,
        target: indicator.target,
        unit: indicator.unit,
        targetText: indicator.target_text,
        proposed: assessed.proposed[i]?.actual ?? null,
        proposedText: assessed.proposed[i]?.actualText ?? null,
        actual: assessed.actuals[i]?.actual ?? null,
        completion: judged?.completion ?? null,
        expected: judged?.expected ?? assessment.expected,
        status: judged?.status ?? 'unknown',
        forecast: judged?.forecast ?? null,
      };
    }),
    assessment: {
      status: assessment.status,
      expected: assessment.expected,
      progress: assessment.progress,
      decidedBy: assessment.decidedBy,
    },
    discrepancy: assessed.discrepancy,
    checks,
  };
}
