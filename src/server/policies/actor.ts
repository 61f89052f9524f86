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

export interface Actor {
  /** Null for the public and for the system (CLI, demo loader). */
  userId: number | null;
  name: string;
  role: Role | 'public';
  unitId: number | null;
  leaderId: number | null;
  /** The session's CSRF token; null without a session. */
  csrfToken: string | null;
}

export const PUBLIC: Actor = {
  userId: null,
  name: 'public',
  role: 'public',
  unitId: null,
  leaderId: null,
  csrfToken: null,
};

/** The actor of CLI commands and the demo loader: acts as an administrator. */
export const SYSTEM: Actor = {
  userId: null,
  name: 'system',
  role: 'admin',
  unitId: null,
  leaderId: null,
  csrfToken: null,
};
