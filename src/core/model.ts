/**
 * The domain of Minsheng as plain data. zod schemas validate at the edges (imports, the CLI's
 * JSON Lines, the API later); the inferred types are what the rest of the code passes around.
 */
import { z } from 'zod';

/** How an indicator is judged: see BRIEF "Domain". */
export const IndicatorKind = z.enum(['count', 'rate', 'standard', 'milestone']);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

/** `at_most` for lower-is-better targets ("失业率控制在5.5%以内"). */
export const Direction = z.enum(['at_least', 'at_most']);
export type Direction = z.infer<typeof Direction>;

export const Indicator = z.object({
  /** What is counted, in the task's own words ("农村公路建设"). */
  what: z.string().min(1),
  kind: IndicatorKind,
  /** Target value with 万/亿 expanded; null for a milestone. */
  target: z.number().nullable(),
  /** Upper end of a range target ("3-5所" → target 3, targetMax 5). */
  targetMax: z.number().nullable().default(null),
  /** Starting value of "从X提高到Y". */
  baseline: z.number().nullable().default(null),
  direction: Direction.default('at_least'),
  /** Canonical unit: "公里", "%", "元/人/月", "批次/千人", "" for a milestone. */
  unit: z.string(),
  /** The phrase of the task the target was read from, as printed ("2.737万批次"). */
  targetText: z.string().default(''),
  /** The achieved value the progress text states, or null when it states none. */
  actual: z.number().nullable().default(null),
  actualText: z.string().nullable().default(null),
  /** A completion percentage printed in the progress text for this indicator (84.55 for 84.55%). */
  reportedPercent: z.number().nullable().default(null),
  /** Words say it is done ("已全部达到", "已实现…全程网上办理") even without a figure. */
  achieved: z.boolean().nullable().default(null),
});
export type Indicator = z.infer<typeof Indicator>;

/** An indicator with nothing read yet but what is given: no actual, no baseline, at least. */
export function newIndicator(
  fields: Pick<Indicator, 'what' | 'kind' | 'target' | 'unit'> & Partial<Indicator>,
): Indicator {
  return {
    targetMax: null,
    baseline: null,
    direction: 'at_least',
    targetText: '',
    actual: null,
    actualText: null,
    reportedPercent: null,
    achieved: null,
    ...fields,
  };
}

export const Category = z.object({
  /** "一", "二" …; null when the source prints none. */
  ordinal: z.string().nullable(),
  /** Null when the source lost the title (a row without its category cell). */
  title: z.string().nullable(),
});
export type Category = z.infer<typeof Category>;

export const Responsibility = z.object({
  unit: z.string().min(1),
  person: z.string().nullable(),
});
export type Responsibility = z.infer<typeof Responsibility>;

/** What the reporting unit says of itself, normalised from its status words. */
export const StatusClaim = z.enum([
  'completed',
  'ahead',
  'on_schedule',
  'in_progress',
  'lagging',
  'not_started',
  'no_task',
]);
export type StatusClaim = z.infer<typeof StatusClaim>;

export const Report = z.object({
  /** The status sentence as written ("按进度完成"), without its full stop; null when absent. */
  statusLabel: z.string().nullable(),
  statusClaim: StatusClaim.nullable(),
  /** Numbered narrative points without their "（1）" markers; one point when unnumbered. */
  points: z.array(z.string()),
  /** The whole cell text, lines joined with "\n". */
  text: z.string(),
});
export type Report = z.infer<typeof Report>;

export const Item = z.object({
  /** The number as printed ("1", "12*"), or the inferred one when the source prints none. */
  no: z.string(),
  /** Index into the plan's categories. */
  category: z.number().int().nonnegative(),
  task: z.string(),
  leadUnit: z.string().nullable(),
  leaders: z.array(z.string()),
  responsibilities: z.array(Responsibility),
  /** ISO date the item's span starts (plan year start unless the task names a multi-year span). */
  start: z.string(),
  /** ISO date of "2020年底前"; the plan's year end by default. */
  deadline: z.string(),
  indicators: z.array(Indicator),
  report: Report.nullable(),
  /** 1-based line of the source where the item's row starts, for messages. */
  line: z.number().int().nullable().default(null),
});
export type Item = z.infer<typeof Item>;

export const Period = z.object({
  /** As written: "1-9月", "上半年". */
  label: z.string(),
  start: z.string(),
  /** ISO date the period ends: "1-9月" of 2020 → "2020-09-30". */
  end: z.string(),
});
export type Period = z.infer<typeof Period>;

export const PlanHeader = z.object({
  title: z.string(),
  year: z.number().int(),
  /** "共21项" → 21; null when the source declares no count. */
  declaredItemCount: z.number().int().nullable(),
  period: Period.nullable(),
});
export type PlanHeader = z.infer<typeof PlanHeader>;

export const WarningCode = z.enum([
  'item_count_mismatch',
  'number_gap',
  'number_inferred',
  'category_missing',
  'row_continued',
  'target_mismatch',
  'repeated_characters',
  'jiezhi_misuse',
  'unbalanced_brackets',
  'mixed_punctuation',
  'status_missing',
  'lead_unit_missing',
  'responsibility_mismatch',
  'percent_mismatch',
  'text_truncated',
  'page_furniture_removed',
  'traditional_characters',
  'row_cut_off',
  'part_row_merged',
  'unit_inherited',
  'actual_unit_differs',
]);
export type WarningCode = z.infer<typeof WarningCode>;

export const Warning = z.object({
  code: WarningCode,
  /** The item's number, or null for the whole table. */
  item: z.string().nullable(),
  message: z.string(),
  messageEn: z.string(),
});
export type Warning = z.infer<typeof Warning>;

/** A table as read: header, categories, items and what the reading noticed. */
export interface PlanReading {
  plan: PlanHeader;
  categories: Category[];
  items: Item[];
  warnings: Warning[];
}

export const ItemStatus = z.enum([
  'completed',
  'on_track',
  'lagging',
  'severely_lagging',
  'unknown',
]);
export type ItemStatus = z.infer<typeof ItemStatus>;

export interface IndicatorAssessment {
  what: string;
  /** actual / target (values over 1 kept); null without an actual. */
  completion: number | null;
  /** Time-proportional expectation for this indicator at the assessment date (0..1). */
  expected: number;
  status: ItemStatus;
  /** Year-end value at the current pace, for count indicators not yet complete. */
  forecast: number | null;
}

export interface Assessment {
  status: ItemStatus;
  /** Share of the item's span elapsed at the assessment date (序时进度), 0..1. */
  expected: number;
  /** Completion of the deciding indicator, 0..; null when nothing is measurable. */
  progress: number | null;
  /** `what` of the indicator that decided the status; null when none did. */
  decidedBy: string | null;
  indicators: IndicatorAssessment[];
}

/** The self-reported label says on schedule (or done) while the figures say otherwise. */
export interface Discrepancy {
  claim: StatusClaim;
  status: ItemStatus;
  message: string;
  messageEn: string;
}
