/** Who is asking: a signed-in user with a role, or the anonymous public. */
import { z } from 'zod';

/**
 * admin: the supervision office (督查室/民生办), which runs the plan; sysadmin, secadmin and
 * auditor: the three administrators of 三权分立 (users and settings; roles, lockouts and sessions;
 * the audit log); leader: a supervising city leader; reporter: a responsible unit; deputy: a
 * people's congress deputy.
 */
export const Role = z.enum([
  'admin',
  'sysadmin',
  'secadmin',
  'auditor',
  'leader',
  'reporter',
  'deputy',
]);
export type Role = z.infer<typeof Role>;

/** The roles that run the year's work; the system administrator manages their accounts. */
export const BUSINESS_ROLES = ['admin', 'leader', 'reporter', 'deputy'] as const satisfies Role[];

/** The three administrators: granted only by the security administrator or the command line. */
export const PRIVILEGED_ROLES = ['sysadmin', 'secadmin', 'auditor'] as const satisfies Role[];

/** Roles that may add a TOTP second factor: the office and the three administrators. */
export const TOTP_ROLES: readonly Role[] = ['admin', ...PRIVILEGED_ROLES];

export const isPrivileged = (role: string): boolean =>
  (PRIVILEGED_ROLES as readonly string[]).includes(role);

export interface Actor {
  /** Null for the public and for the system (CLI, demo loader). */
  userId: number | null;
  name: string;
  role: Role | 'public';
  unitId: number | null;
  leaderId: number | null;
  /** The session's CSRF token; null without a session. */
  csrfToken: string | null;
  /** The stored id of the session (the token's hash); null without a session. */
  sessionId: string | null;
  /** Until the password is changed, the API answers only me, logout and change-password. */
  mustChangePassword: boolean;
}

export const PUBLIC: Actor = {
  userId: null,
  name: 'public',
  role: 'public',
  unitId: null,
  leaderId: null,
  csrfToken: null,
  sessionId: null,
  mustChangePassword: false,
};

/**
 * The actor of CLI commands and the demo loader: acts as the office on business data and, being
 * the server's operator, may manage every account (the break-glass path of 三权分立).
 */
export const SYSTEM: Actor = {
  userId: null,
  name: 'system',
  role: 'admin',
  unitId: null,
  leaderId: null,
  csrfToken: null,
  sessionId: null,
  mustChangePassword: false,
};

/** True for the command line and first start, which stand outside the roles. */
export const isSystem = (actor: Actor): boolean => actor === SYSTEM;
