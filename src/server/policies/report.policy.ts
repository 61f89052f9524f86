/**
 * Who may see and change reports. Items themselves are public commitments; what a report says
 * is not public until published. A reporter works on the items its unit is on (lead or
 * co-responsible); a leader reads the items they supervise once a unit has submitted.
 */
import type { Actor } from './actor.ts';

/** The units and leaders an item belongs to. */
export interface ItemAccess {
  unitIds: number[];
  leaderIds: number[];
}

export type ReportState = 'draft' | 'submitted' | 'returned' | 'approved' | 'published';

export const REPORT_STATES: readonly ReportState[] = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'published',
];

const onItem = (actor: Actor, item: ItemAccess) =>
  (actor.role === 'reporter' && actor.unitId !== null && item.unitIds.includes(actor.unitId)) ||
  (actor.role === 'leader' && actor.leaderId !== null && item.leaderIds.includes(actor.leaderId));

/** True when the actor's own work includes the item (for lists scoped to "mine"). */
export const isOwnItem = (actor: Actor, item: ItemAccess) =>
  actor.role === 'admin' || onItem(actor, item);

export function canReadReport(actor: Actor, item: ItemAccess, state: ReportState): boolean {
  if (actor.role === 'admin' || state === 'published') return true;
  if (actor.role === 'reporter') return onItem(actor, item);
  if (actor.role === 'leader') return onItem(actor, item) && state !== 'draft';
  return false;
}

/** Writing a draft and submitting it: the item's units, and the office. */
export const canWriteReport = (actor: Actor, item: ItemAccess) =>
  actor.role === 'admin' || (actor.role === 'reporter' && onItem(actor, item));

/** Returning, approving and publishing are the supervision office's. */
export const canReviewReport = (actor: Actor) => actor.role === 'admin';

/**
 * The report states an actor may see in lists of items that are theirs to see: the SQL twin of
 * canReadReport for the list and dashboard queries.
 */
export function visibleStates(actor: Actor): readonly ReportState[] {
  if (actor.role === 'admin' || actor.role === 'reporter') return REPORT_STATES;
  if (actor.role === 'leader') return REPORT_STATES.filter((s) => s !== 'draft');
  return ['published'];
}
