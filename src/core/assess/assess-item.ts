/**
 * An item's assessment: the worst measurable indicator decides, so one lagging road target is
 * not hidden by a finished bridge. An item is completed only when every indicator is.
 */
import type { Assessment, Discrepancy, Item, ItemStatus, StatusClaim } from '../model.ts';
import { expectedShare } from './expectation.ts';
import { assessIndicator } from './indicator.ts';

const SEVERITY: Record<ItemStatus, number> = {
  severely_lagging: 0,
  lagging: 1,
  on_track: 2,
  completed: 3,
  unknown: 4,
};

export function assessItem(item: Item, asOf: string): Assessment {
  const expected = expectedShare(item.start, item.deadline, asOf);
  const indicators = item.indicators.map((indicator) => assessIndicator(indicator, expected));
  const measured = indicators.filter((a) => a.status !== 'unknown');
  if (measured.length === 0) {
    return { status: 'unknown', expected, progress: null, decidedBy: null, indicators };
  }
  const worst = measured.reduce((a, b) =>
    SEVERITY[b.status] < SEVERITY[a.status] ||
    (SEVERITY[b.status] === SEVERITY[a.status] && (b.completion ?? 0) < (a.completion ?? 0))
      ? b
      : a,
  );
  // Completed needs every indicator done; a measured-done one beside unmeasured ones is on track.
  const status: ItemStatus =
    worst.status === 'completed' && measured.length < indicators.length ? 'on_track' : worst.status;
  return { status, expected, progress: worst.completion, decidedBy: worst.what, indicators };
}

const CLAIM_ZH: Record<StatusClaim, string> = {
  completed: '已完成',
  ahead: '超序时',
  on_schedule: '按进度',
  in_progress: '正在推进',
  lagging: '滞后',
  not_started: '未开工',
  no_task: '无任务',
};

// The English message is read by people too: words, not the codes (on_schedule, severely_lagging).
const CLAIM_EN: Record<StatusClaim, string> = {
  completed: 'completed',
  ahead: 'ahead of schedule',
  on_schedule: 'on schedule',
  in_progress: 'in progress',
  lagging: 'lagging',
  not_started: 'not started',
  no_task: 'no task',
};

const STATUS_EN: Record<ItemStatus, string> = {
  completed: 'completed',
  on_track: 'on track',
  lagging: 'lagging',
  severely_lagging: 'severely lagging',
  unknown: 'cannot be judged',
};

const STATUS_ZH: Record<ItemStatus, string> = {
  completed: '已完成',
  on_track: '按序时推进',
  lagging: '滞后',
  severely_lagging: '严重滞后',
  unknown: '无法评估',
};

const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`);

/**
 * A claim of being on schedule (or done) that the figures contradict. A unit that says it is
 * behind is not in discrepancy: it told the truth.
 */
export function findDiscrepancy(
  claim: StatusClaim | null,
  assessment: Assessment,
): Discrepancy | null {
  if (!claim) return null;
  const claimsFine = claim === 'completed' || claim === 'ahead' || claim === 'on_schedule';
  const behind = assessment.status === 'lagging' || assessment.status === 'severely_lagging';
  const notDone =
    claim === 'completed' &&
    assessment.status === 'on_track' &&
    assessment.progress !== null &&
    assessment.progress < 1;
  if (!claimsFine || !(behind || notDone)) return null;
  const what = assessment.decidedBy ?? '';
  return {
    claim,
    status: assessment.status,
    message: `自报“${CLAIM_ZH[claim]}”，但“${what}”完成${percent(assessment.progress)}，序时进度${percent(assessment.expected)}，评估为${STATUS_ZH[assessment.status]}`,
    messageEn: `Reported "${CLAIM_EN[claim]}", but "${what}" is at ${percent(assessment.progress)} with ${percent(assessment.expected)} of the time elapsed: ${STATUS_EN[assessment.status]}`,
  };
}
