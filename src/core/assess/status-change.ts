/**
 * How an item's assessment moved from one period to the next, for "what changed since the
 * previous period": better or worse along completed > on track > lagging > severely lagging.
 * "Not measurable" is outside that scale, so a move into or out of it is only a change.
 */
import type { ItemStatus } from '../model.ts';

export type StatusChange = 'new' | 'same' | 'better' | 'worse' | 'changed';

const RANK: Partial<Record<ItemStatus, number>> = {
  severely_lagging: 0,
  lagging: 1,
  on_track: 2,
  completed: 3,
};

/** `from` is null when the item had no report in the previous period. */
export function statusChange(from: ItemStatus | null, to: ItemStatus): StatusChange {
  if (from === null) return 'new';
  if (from === to) return 'same';
  const [a, b] = [RANK[from], RANK[to]];
  if (a === undefined || b === undefined) return 'changed';
  return b > a ? 'better' : 'worse';
}
