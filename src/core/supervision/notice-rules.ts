/**
 * When a supervision notice (督办单) is due, and at which tier, from the facts of one item in one
 * period. As offices run them: blue reminds (the due date is near and nothing is in), yellow
 * warns (behind the time line, or a report sent back again and again), red demands (far behind,
 * or the due date passed with nothing in). Pure: the caller brings the date and the thresholds.
 */
import { THRESHOLDS } from '../assess/thresholds.ts';
import type { ItemStatus } from '../model.ts';

export const NOTICE_TIERS = ['blue', 'yellow', 'red'] as const;
export type NoticeTier = (typeof NOTICE_TIERS)[number];

export const NOTICE_REASONS = [
  'due_soon',
  'overdue',
  'lagging',
  'severely_lagging',
  'returned_repeatedly',
  'instruction',
  'escalated',
  // The deputies' year-end satisfaction rating did not pass (issued by the rating's publication).
  'rating_failed',
] as const;
export type NoticeReason = (typeof NOTICE_REASONS)[number];

export interface NoticeThresholds {
  blueDaysBeforeDue: number;
  yellowPace: number;
  redPace: number;
  yellowAfterReturns: number;
  overdueGraceDays: number;
}

/** What is known of one item in one period on `today`. */
export interface ItemPeriodFacts {
  today: string;
  dueDate: string | null;
  /** The period's report, or null when the unit has written none. */
  report: {
    state: string;
    assessment: ItemStatus;
    progress: number | null;
    expected: number;
    decidedBy: string | null;
    /** How many times the office has returned it. */
    returns: number;
  } | null;
}

/** Why a notice was raised, in figures, with a sentence in each language. */
export interface NoticeFacts {
  tier: NoticeTier;
  reason: NoticeReason;
  dueDate: string | null;
  days: number | null;
  progress: number | null;
  expected: number | null;
  decidedBy: string | null;
  returns: number | null;
  message: string;
  messageEn: string;
}

const DAY = 86_400_000;

/** Whole days from `a` to `b` (ISO dates); negative when b is earlier. */
export const daysBetween = (a: string, b: string): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);

const SUBMITTED = new Set(['submitted', 'approved', 'published']);
const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

function base(facts: ItemPeriodFacts) {
  return {
    dueDate: facts.dueDate,
    days: null,
    progress: facts.report?.progress ?? null,
    expected: facts.report?.expected ?? null,
    decidedBy: facts.report?.decidedBy ?? null,
    returns: null,
  };
}

function deadlineNotices(facts: ItemPeriodFacts, t: NoticeThresholds): NoticeFacts[] {
  if (!facts.dueDate || (facts.report && SUBMITTED.has(facts.report.state))) return [];
  const left = daysBetween(facts.today, facts.dueDate);
  if (left >= 0 && left <= t.blueDaysBeforeDue) {
    return [
      {
        ...base(facts),
        tier: 'blue',
        reason: 'due_soon',
        days: left,
        message: `距报送截止日（${facts.dueDate}）还有${left}天，尚未报送进展情况`,
        messageEn: `${left} day(s) to the due date (${facts.dueDate}) and no report submitted`,
      },
    ];
  }
  if (left < 0 && -left > t.overdueGraceDays) {
    return [
      {
        ...base(facts),
        tier: 'red',
        reason: 'overdue',
        days: -left,
        message: `已超过报送截止日（${facts.dueDate}）${-left}天，仍未报送进展情况`,
        messageEn: `${-left} day(s) past the due date (${facts.dueDate}) and no report submitted`,
      },
    ];
  }
  return [];
}

function paceNotices(facts: ItemPeriodFacts, t: NoticeThresholds): NoticeFacts[] {
  const report = facts.report;
  if (!report || !SUBMITTED.has(report.state) || report.progress === null) return [];
  if (report.assessment === 'completed' || report.expected < THRESHOLDS.minimumElapsedToJudge)
    return [];
  const pace = report.progress / report.expected;
  const what = report.decidedBy ?? '';
  const figures = `“${what}”完成${percent(report.progress)}，序时进度${percent(report.expected)}`;
  const figuresEn = `"${what}" is at ${percent(report.progress)} with ${percent(report.expected)} of the time elapsed`;
  if (pace < t.redPace) {
    return [
      {
        ...base(facts),
        tier: 'red',
        reason: 'severely_lagging',
        message: `${figures}，严重滞后`,
        messageEn: `${figuresEn}: severely lagging`,
      },
    ];
  }
  if (pace < t.yellowPace) {
    return [
      {
        ...base(facts),
        tier: 'yellow',
        reason: 'lagging',
        message: `${figures}，滞后于序时进度`,
        messageEn: `${figuresEn}: lagging`,
      },
    ];
  }
  return [];
}

function returnNotices(facts: ItemPeriodFacts, t: NoticeThresholds): NoticeFacts[] {
  const returns = facts.report?.returns ?? 0;
  if (returns < t.yellowAfterReturns) return [];
  return [
    {
      ...base(facts),
      tier: 'yellow',
      reason: 'returned_repeatedly',
      returns,
      message: `本期报告已被退回${returns}次`,
      messageEn: `This period's report has been returned ${returns} times`,
    },
  ];
}

/** The notices one item's facts call for today; none when all is well. */
export function noticesDue(facts: ItemPeriodFacts, thresholds: NoticeThresholds): NoticeFacts[] {
  return [
    ...deadlineNotices(facts, thresholds),
    ...paceNotices(facts, thresholds),
    ...returnNotices(facts, thresholds),
  ];
}

/** The tier above `tier`, or null for red (there is nothing above it). */
export function nextTier(tier: NoticeTier): NoticeTier | null {
  return NOTICE_TIERS[NOTICE_TIERS.indexOf(tier) + 1] ?? null;
}
