/**
 * The figure the time line asks for: how much of a count should be done by a date if the work
 * kept pace with time (the 序时 line drawn in the indicator's own unit). Only counts accrue;
 * rates, standards and milestones are levels, and a lower-is-better target has no such line.
 */
import type { Indicator } from '../model.ts';

/** `expected` is the share of the span elapsed (0..1), from expectedShare. */
export function expectedFigure(indicator: Indicator, expected: number): number | null {
  if (indicator.kind !== 'count' || indicator.target === null) return null;
  if (indicator.direction === 'at_most') return null;
  const from = indicator.baseline ?? 0;
  return from + (indicator.target - from) * expected;
}
