/**
 * Pieces every public response shares. Public shapes are allow-lists: each field is named here,
 * built field by field, and the zod schemas strip anything else on the way out. Nothing of the
 * office's workflow (states, versions, reviewers, return reasons, drafts) has a field to go in.
 */
import { z } from 'zod';
import type { Assessment, Report } from '../../core/model.ts';
import type { IndicatorDocument } from '../../core/plan-document.ts';

export const PublicPeriodDto = z.object({
  id: z.number().int(),
  label: z.string().describe('As printed, e.g. 1-9月'),
  start: z.string(),
  end: z.string(),
  publishedAt: z.string().describe('When the period was published as a whole'),
});
export type PublicPeriodDto = z.infer<typeof PublicPeriodDto>;

export const PublicIndicatorDto = z.object({
  what: z.string(),
  kind: z.enum(['count', 'rate', 'standard', 'milestone']),
  target: z.number().nullable(),
  targetMax: z.number().nullable(),
  baseline: z.number().nullable(),
  direction: z.enum(['at_least', 'at_most']),
  unit: z.string(),
  targetText: z.string(),
  actual: z.number().nullable(),
  actualText: z.string().nullable(),
  reportedPercent: z.number().nullable(),
  achieved: z.boolean().nullable(),
  completion: z.number().nullable().describe('actual ÷ target'),
  expected: z.number().describe('序时进度: share of the span elapsed at the period end'),
  status: z.string().describe('completed | on_track | lagging | severely_lagging | unknown'),
  forecast: z.number().nullable().describe('Year-end value at the current pace (counts)'),
});
export type PublicIndicatorDto = z.infer<typeof PublicIndicatorDto>;

export const PublicReportContentDto = z.object({
  statusLabel: z.string().nullable().describe("The unit's own words, e.g. 按进度完成"),
  statusClaim: z.string().nullable(),
  points: z.array(z.string()),
  text: z.string(),
});

export const PublicAssessmentDto = z.object({
  status: z.string(),
  expected: z.number(),
  progress: z.number().nullable(),
  decidedBy: z.string().nullable(),
});

export const presentIndicator = (x: IndicatorDocument): PublicIndicatorDto => ({
  what: x.what,
  kind: x.kind,
  target: x.target,
  targetMax: x.targetMax,
  baseline: x.baseline,
  direction: x.direction,
  unit: x.unit,
  targetText: x.targetText,
  actual: x.actual,
  actualText: x.actualText,
  reportedPercent: x.reportedPercent,
  achieved: x.achieved,
  completion: x.completion,
  expected: x.expected,
  status: x.status,
  forecast: x.forecast,
});

export const presentReportContent = (r: Report): z.infer<typeof PublicReportContentDto> => ({
  statusLabel: r.statusLabel,
  statusClaim: r.statusClaim,
  points: r.points,
  text: r.text,
});

export const presentAssessment = (
  a: Omit<Assessment, 'indicators'>,
): z.infer<typeof PublicAssessmentDto> => ({
  status: a.status,
  expected: a.expected,
  progress: a.progress,
  decidedBy: a.decidedBy,
});

export const presentPeriod = (p: PublicPeriodDto): PublicPeriodDto => ({
  id: p.id,
  label: p.label,
  start: p.start,
  end: p.end,
  publishedAt: p.publishedAt,
});
