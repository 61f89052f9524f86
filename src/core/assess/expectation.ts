/**
 * Time-proportional expectation (序时进度): the share of an item's span elapsed at a date,
 * counting whole days including both ends. At 2020-09-30 in 2020: 274 of 366 days ≈ 0.749.
 */
import { dayNumber } from '../text/dates.ts';

export function expectedShare(start: string, deadline: string, asOf: string): number {
  const first = dayNumber(start);
  const last = dayNumber(deadline);
  const now = dayNumber(asOf);
  if (last < first) return 1;
  const share = (now - first + 1) / (last - first + 1);
  return Math.min(1, Math.max(0, share));
}
