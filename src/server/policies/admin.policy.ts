/** Guards for what only some roles may do at all, independent of any item. */
import { AppError } from '../errors.ts';
import type { Actor } from './actor.ts';

/** Throws unless the actor is signed in (401) and has one of `roles` (403). */
export function requireRole(actor: Actor, ...roles: Actor['role'][]): void {
  if (actor.role === 'public' && !roles.includes('public')) throw new AppError('unauthenticated');
  if (!roles.includes(actor.role)) throw new AppError('forbidden');
}
