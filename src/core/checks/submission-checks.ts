/**
 * What a reviewer would catch in a unit's report, found before a person reads it: shown to the
 * reporter before submitting and stored with the report for the reviewer. Each check compares
 * this period's report with the item's indicators and with the previous period's report.
 */
import { findDiscrepancy } from '../assess/assess-item.ts';
import { completionOf } from '../assess/indicator.ts';
import { MULTIPLIER_SOURCE, NUMBER_SOURCE } from '../extract/numbers.ts';
import { canonicalUnit, UNIT_SOURCE } from '../extract/units.ts';
import type { Assessment, Indicator, StatusClaim } from '../model.ts';
import { percentDisagreement } from './percent.ts';

export type CheckSeverity = 'error' | 'warning' | 'info';

export type SubmissionCheckCode =
  | 'cumulative_decreased'
  | 'exceeded_not_marked'
  | 'unit_mismatch'
  | 'narrative_unchanged'
  | 'behind_but_on_schedule'
  | 'percent_mismatch';

export interface SubmissionCheck {
  code: SubmissionCheckCode;
  message: string;
  messageEn: string;
  /** error: must be put right or explained; warning: a reviewer will ask; info: worth a look. */
  severity: CheckSeverity;
}

/** An indicator of the item with what this report gives for it. */
export type CheckedIndicator = Indicator & {
  id: number;
  /** The unit the reporter typed with a figure, when the form asks for one. */
  typedUnit?: string | null;
};

export interface SubmissionInput {
  indicators: CheckedIndicator[];
  report: {
    statusLabel: string | null;
    statusClaim: StatusClaim | null;
    points: string[];
    text: string;
    /** Why the figures trail the label, when the reporter gave a reason. */
    explanation?: string | null;
  };
  /** The item's assessment from this report's figures. */
  assessment: Assessment;
  /** The previous period's report of the item, or null in its first period. */
  previous: { text: string; actuals: { indicatorId: number; actual: number | null }[] } | null;
}

const UNIT_AFTER_NUMBER = new RegExp(
  `${NUMBER_SOURCE}\\s*${MULTIPLIER_SOURCE}?\\s*(${UNIT_SOURCE})`,
);

/** The unit printed with the figure ("3.05万人" → 人), or the one typed beside it. */
function unitGiven(indicator: CheckedIndicator): string | null {
  if (indicator.typedUnit) return canonicalUnit(indicator.typedUnit);
  const printed = indicator.actualText ? UNIT_AFTER_NUMBER.exec(indicator.actualText)?.[1] : null;
  return printed ? canonicalUnit(printed) : null;
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

function indicatorChecks(input: SubmissionInput): SubmissionCheck[] {
  const previousOf = new Map((input.previous?.actuals ?? []).map((a) => [a.indicatorId, a.actual]));
  const claim = input.report.statusClaim;
  const checks: SubmissionCheck[] = [];
  for (const indicator of input.indicators) {
    const { what, actual } = indicator;
    const before = previousOf.get(indicator.id);
    if (
      indicator.kind === 'count' &&
      indicator.direction === 'at_least' &&
      actual !== null &&
      before !== undefined &&
      before !== null &&
      actual < before
    ) {
      checks.push({
        code: 'cumulative_decreased',
        severity: 'warning',
        message: `“${what}”累计数${actual}低于上期的${before}，累计数不应减少`,
        messageEn: `"${what}": the cumulative figure ${actual} is below last period's ${before}`,
      });
    }
    const completion = actual === null ? null : completionOf(indicator);
    if (
      completion !== null &&
      completion > 1 &&
      indicator.direction === 'at_least' &&
      claim !== 'ahead'
    ) {
      checks.push({
        code: 'exceeded_not_marked',
        severity: 'info',
        message: `“${what}”已完成目标的${percent(completion)}，状态可写为“超额完成”`,
        messageEn: `"${what}" is at ${percent(completion)} of its target; the status may say exceeded (超额完成)`,
      });
    }
    const given = actual === null || !indicator.unit ? null : unitGiven(indicator);
    if (given && given !== canonicalUnit(indicator.unit)) {
      checks.push({
        code: 'unit_mismatch',
        severity: 'warning',
        message: `“${what}”目标以“${indicator.unit}”计，填报数字的单位是“${given}”`,
        messageEn: `"${what}" is counted in ${indicator.unit}; the figure given is in ${given}`,
      });
    }
    const gap = percentDisagreement(indicator);
    if (gap) {
      checks.push({
        code: 'percent_mismatch',
        severity: 'warning',
        message: `“${what}”写明完成${gap.printed}%，按数字计算为${gap.computed.toFixed(2)}%`,
        messageEn: `"${what}": printed ${gap.printed}%, the figures give ${gap.computed.toFixed(2)}%`,
      });
    }
  }
  return checks;
}

function reportChecks(input: SubmissionInput): SubmissionCheck[] {
  const checks: SubmissionCheck[] = [];
  const { report } = input;
  if (input.previous && report.text.trim() && sameText(report.text, input.previous.text)) {
    checks.push({
      code: 'narrative_unchanged',
      severity: 'warning',
      message: '进展情况与上期完全相同，请写明本期新的进展',
      messageEn: "The progress text is the same as last period's; say what changed",
    });
  }
  const discrepancy = findDiscrepancy(report.statusClaim, input.assessment);
  if (discrepancy) {
    const explained = Boolean(report.explanation?.trim());
    checks.push({
      code: 'behind_but_on_schedule',
      severity: explained ? 'warning' : 'error',
      message: `${discrepancy.message}${explained ? '（已说明原因）' : '，请说明原因或修改状态'}`,
      messageEn: `${discrepancy.messageEn}${explained ? ' (explained)' : '; explain why or change the status'}`,
    });
  }
  return checks;
}

/** Every check of one submission, report-wide first, then indicator by indicator. */
export function checkSubmission(input: SubmissionInput): SubmissionCheck[] {
  return [...reportChecks(input), ...indicatorChecks(input)];
}
