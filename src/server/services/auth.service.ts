/**
 * Signing in and out. A session is a random token in an HttpOnly cookie; the database holds its
 * sha256 and a CSRF token the client must echo in a header on every write.
 */
import type { Kysely } from 'kysely';
import { DUMMY_HASH, verifyPassword } from '../auth/password.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { type Actor, PUBLIC, Role } from '../policies/actor.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import {
  deleteSession,
  findSessionUser,
  findUserByName,
  insertSession,
} from '../repositories/user.repository.ts';

/** Sessions last a working day; sign in again tomorrow. */
export const SESSION_HOURS = 12;

export interface LoginResult {
  token: string;
  actor: Actor;
}

export async function login(
  db: Kysely<Database>,
  name: string,
  password: string,
): Promise<LoginResult> {
  const user = await findUserByName(db, name);
  const ok = await verifyPassword(user?.password_hash ?? DUMMY_HASH, password);
  if (!user || !ok) {
    await insertAuditEvent(db, {
      userId: null,
      actor: name.slice(0, 100),
      action: 'auth.login_failed',
      entity: 'user',
      entityId: user?.id ?? null,
    });
    throw new AppError('login_failed');
  }
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000).toISOString();
  await insertSession(db, { id: hashToken(token), userId: user.id, csrfToken, expiresAt });
  await insertAuditEvent(db, {
    userId: user.id,
    actor: user.name,
    action: 'auth.login',
    entity: 'user',
    entityId: user.id,
  });
  const role = Role.parse(user.role);
  return {
    token,
    actor: {
      userId: user.id,
      name: user.name,
      role,
      unitId: user.unit_id,
      leaderId: user.leader_id,
      csrfToken,
    },
  };
}

/** The actor a session token stands for; the public when absent, unknown or expired. */
export async function actorOfToken(
  db: Kysely<Database>,
  token: string | undefined,
): Promise<Actor> {
  if (!token) return PUBLIC;
  const row = await findSessionUser(db, hashToken(token));
  if (!row) return PUBLIC;
  const role = Role.safeParse(row.role);
  if (!role.success) return PUBLIC;
  return {
    userId: row.id,
    name: row.name,
    role: role.data,
    unitId: row.unit_id,
    leaderId: row.leader_id,
    csrfToken: row.csrf_token,
  };
}

export async function logout(db: Kysely<Database>, token: string | undefined): Promise<void> {
  if (token) await deleteSession(db, hashToken(token));
}
