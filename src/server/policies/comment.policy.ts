/**
 * Who may do what with citizens' comments. The office moderates and answers; a unit the office
 * assigned a comment to reads it and drafts the answer, which the office then publishes. Only
 * the office sees a citizen's contact.
 */
import type { Actor } from './actor.ts';

export const canModerateComments = (actor: Actor) => actor.role === 'admin';

/** Drafting an answer: the office, or a reporter of the unit the comment is assigned to. */
export const canDraftAnswer = (actor: Actor, assignedUnitId: number | null) =>
  actor.role === 'admin' ||
  (actor.role === 'reporter' && actor.unitId !== null && actor.unitId === assignedUnitId);

/** The comments an actor's list shows: all for the office, its own unit's for a reporter. */
export function commentScope(actor: Actor): { unitId?: number } | null {
  if (actor.role === 'admin') return {};
  if (actor.role === 'reporter' && actor.unitId !== null) return { unitId: actor.unitId };
  return null;
}
