/**
 * The satisfaction rating's passing rule: an item passes when 满意 and 基本满意 together are more
 * than `percent` of the ratings (by default more than half). No ratings, no pass: an item nobody
 * rated has not shown that anyone is satisfied.
 */
export interface GradeCounts {
  satisfied: number;
  basically_satisfied: number;
  unsatisfied: number;
  total: number;
}

export const satisfiedShare = (c: GradeCounts): number | null =>
  c.total === 0 ? null : (c.satisfied + c.basically_satisfied) / c.total;

export const passesRating = (c: GradeCounts, percent: number): boolean =>
  c.total > 0 && (c.satisfied + c.basically_satisfied) * 100 > percent * c.total;
