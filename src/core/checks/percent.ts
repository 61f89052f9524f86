/** A printed completion percentage set against the one the figures give. */
import type { Indicator } from '../model.ts';

/**
 * The printed and computed percentages when they disagree by more than one point (printed ones
 * are truncated or rounded to two places; one point is a real error); null otherwise.
 */
export function percentDisagreement(
  indicator: Pick<Indicator, 'reportedPercent' | 'actual' | 'target'>,
): { printed: number; computed: number } | null {
  const { reportedPercent, actual, target } = indicator;
  if (reportedPercent === null || actual === null || !target) return null;
  const computed = (actual / target) * 100;
  return Math.abs(computed - reportedPercent) > 1 ? { printed: reportedPercent, computed } : null;
}
