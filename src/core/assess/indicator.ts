/**
 * One indicator against the time line. Completion is actual ÷ target (kept above 1); for
 * lower-is-better targets it is target ÷ actual, so under the cap reads as done.
 */
import type { Indicator, IndicatorAssessment, ItemStatus } from '../model.ts';
import { THRESHOLDS } from './thresholds.ts';

export function completionOf(indicator: Indicator): number | null {
  const { actual, target } = indicator;
  if (indicator.kind === 'milestone') return indicator.achieved ? 1 : null;
  if (actual === null) {
    if (indicator.achieved) return 1;
    // "65%(受汛期影响进展偏慢)": a printed share is all there is. Figures win when both exist,
    // since printed percentages are sometimes wrong (checks flag those).
    return indicator.reportedPercent !== null && indicator.kind === 'count'
      ? indicator.reportedPercent / 100
      : null;
  }
  if (target === null || target === 0) return null;
  if (indicator.direction === 'at_most') return actual <= target ? 1 : target / actual;
  // "从1200元提高到1500元": progress counts from the baseline, not from zero.
  if (indicator.baseline !== null && indicator.baseline < target) {
    return Math.max(0, (actual - indicator.baseline) / (target - indicator.baseline));
  }
  return actual / target;
}

export function statusFromPace(completion: number | null, expected: number): ItemStatus {
  if (completion === null) return 'unknown';
  if (completion >= THRESHOLDS.completed) return 'completed';
  if (expected < THRESHOLDS.minimumElapsedToJudge) return 'on_track';
  const pace = completion / expected;
  if (pace >= THRESHOLDS.onTrackPace) return 'on_track';
  if (pace >= THRESHOLDS.severePace) return 'lagging';
  return 'severely_lagging';
}

/**
 * Standards and rates are levels, not amounts that accrue: a standard reached early is done,
 * and one not reached is judged against the time line like a count, since the level is
 * usually raised in steps through the year.
 */
export function assessIndicator(indicator: Indicator, expected: number): IndicatorAssessment {
  const completion = completionOf(indicator);
  const status = statusFromPace(completion, expected);
  const forecast =
    indicator.kind === 'count' &&
    indicator.actual !== null &&
    status !== 'completed' &&
    expected > 0 &&
    indicator.baseline === null
      ? indicator.actual / expected
      : null;
  return { what: indicator.what, completion, expected, status, forecast };
}
