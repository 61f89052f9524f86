/**
 * Who may see and change reports. Items themselves are public commitments; what a report says
 * is not public until published. A reporter reads the items its unit is on (lead or
 * co-responsible); the item's report is composed and submitted by its lead unit (co-units file
 * contributions instead); a leader reads the items they supervise once a unit has submitted.
 */
import type { Actor } from './actor.ts';

/** The units and leaders an item belongs to. */
export interface ItemAccess {
  unitIds: number[];
  leaderIds: number[];
  /** The lead unit (牵头单位), who writes the item's report; null when the plan names none. */
  leadUnitId: number | null;
}

export type ReportState = 'draft' | 'submitted' | 'returned' | 'approved' | 'published';

export const REPORT_STATES: readonly ReportState[] = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'published',
];

/** A returned report is back in the unit's hands, being redrafted: deputies see it once resent. */
const DEPUTY_STATES: readonly ReportState[] = ['submitted', 'approved', 'published'];

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
  // Deputies supervise every item (人大监督): what the units have sent, never their drafts.
  if (actor.role === 'deputy') return DEPUTY_STATES.includes(state);
  return false;
}

/**
 * Writing the item's report and submitting it: the lead unit and the office. An item whose lead
 * unit is unknown (the table named none) is written by any of its units, as before leads existed.
 */
export const canWriteReport = (actor: Actor, item: ItemAccess) =>
  actor.role === 'admin' ||
  (actor.role === 'reporter' &&
    (item.leadUnitId === null ? onItem(actor, item) : actor.unitId === item.leadUnitId));

/** Filing a unit's own contribution: a reporter of any unit on the item. */
export const canContribute = (actor: Actor, item: ItemAccess) =>
  actor.role === 'reporter' && onItem(actor, item);

/** Returning, approving and publishing are the supervision office's. */
export const canReviewReport = (actor: Actor) => actor.role === 'admin';

/**
 * The report states an actor may see in lists of items that are theirs to see: the SQL twin of
 * canReadReport for the list and dashboard queries.
 */
export function visibleStates(actor: Actor): readonly ReportState[] {
  if (actor.role === 'admin' || actor.role === 'reporter') return REPORT_STATES;
  if (actor.role === 'leader') return REPORT_STATES.filter((s) => s !== 'draft');
  if (actor.role === 'deputy') return DEPUTY_STATES;
  return ['published'];
}
