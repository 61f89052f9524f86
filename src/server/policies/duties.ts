/**
 * Separation of duties (三权分立): what each administrator may do, in one table. The office
 * (admin) runs the business and reads the audit trail of everything but the administrators' work; the system
 * administrator manages accounts and settings; the security administrator roles, lockouts and
 * sessions; the auditor reads, verifies and exports the audit log. No duty alters the log.
 */
import { AppError } from '../errors.ts';
import { type Actor, isPrivileged, isSystem, type Role } from './actor.ts';

export type Duty =
  | 'users.read'
  | 'users.manage'
  | 'roles.assign'
  | 'lockouts.clear'
  | 'totp.reset'
  | 'sessions.manage'
  | 'settings.change'
  | 'audit.read'
  | 'audit.readBusiness'
  | 'audit.verify'
  | 'audit.export';

const DUTIES: Record<Duty, readonly Role[]> = {
  'users.read': ['sysadmin', 'secadmin'],
  'users.manage': ['sysadmin'],
  'roles.assign': ['secadmin'],
  'lockouts.clear': ['secadmin'],
  'totp.reset': ['secadmin'],
  'sessions.manage': ['secadmin'],
  'settings.change': ['sysadmin'],
  'audit.read': ['auditor'],
  'audit.readBusiness': ['admin'],
  'audit.verify': ['auditor'],
  'audit.export': ['auditor'],
};

/**
 * The entities of the administrators' own work: accounts, sessions, settings, the log itself and
 * backups. The office reads the audit trail of everything else — the business it answers for,
 * whichever feature adds it (plans, reports, notices, contributions, proposals, votes…).
 */
export const ADMINISTRATION_ENTITIES = [
  'user',
  'session',
  'settings',
  'audit',
  'database',
] as const;

/** True when the actor holds the duty; the command line holds every duty. */
export const hasDuty = (actor: Actor, duty: Duty): boolean =>
  isSystem(actor) || (actor.role !== 'public' && DUTIES[duty].includes(actor.role));

/** Throws unless the actor is signed in (401) and holds the duty (403). */
export function requireDuty(actor: Actor, duty: Duty): void {
  if (hasDuty(actor, duty)) return;
  throw new AppError(actor.role === 'public' ? 'unauthenticated' : 'forbidden');
}

/**
 * Throws unless the actor may manage the target account at all: nobody acts on their own account
 * here (they have change-password), and the system administrator leaves the three
 * administrators' accounts to the security administrator and the command line.
 */
export function requireAccountReach(
  actor: Actor,
  target: { id: number; role: string },
  duty: Duty,
): void {
  requireDuty(actor, duty);
  if (isSystem(actor)) return;
  if (actor.userId === target.id) throw new AppError('own_account');
  if (actor.role === 'sysadmin' && isPrivileged(target.role))
    throw new AppError('privileged_account');
}
