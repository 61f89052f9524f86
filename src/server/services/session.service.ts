/**
 * Sessions: a random token in an HttpOnly cookie, stored as its hash, ending at the earlier of an
 * absolute end and an idle end that use pushes forward. Expired sessions are deleted whenever a
 * session opens and by the server's periodic sweep.
 */
import type { Kysely } from 'kysely';
import { hashToken, newToken } from '../auth/tokens.ts';
import { plusMinutes } from '../db/clock.ts';
import type { Database } from '../db/schema.ts';
import { type Actor, PUBLIC, Role } from '../policies/actor.ts';
import {
  deleteExpiredSessions,
  findSessionUser,
  insertSession,
  touchSession,
} from '../repositories/session.repository.ts';
import { readSettings } from './settings.service.ts';

type Db = Kysely<Database>;

/** Use pushes the idle end forward at most this often, so reading is not a write per request. */
const TOUCH_EVERY_MS = 60_000;

export interface Client {
  address: string | null;
  userAgent: string | null;
}

/** Opens a session for the user; returns the cookie token and the CSRF token. */
export async function openSession(
  db: Db,
  userId: number,
  at: Date,
  client: Client,
): Promise<{ token: string; csrfToken: string; sessionId: string }> {
  const settings = await readSettings(db);
  await deleteExpiredSessions(db, at.toISOString());
  const token = newToken();
  const csrfToken = newToken();
  const sessionId = hashToken(token);
  await insertSession(db, {
    id: sessionId,
    userId,
    csrfToken,
    now: at.toISOString(),
    expiresAt: plusMinutes(at, settings['auth.session.absoluteHours'] * 60),
    idleExpiresAt: plusMinutes(at, settings['auth.session.idleMinutes']),
    address: client.address,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, sessionId };
}

/** The actor a session token stands for; the public when absent, unknown, expired or disabled. */
export async function actorOfToken(db: Db, token: string | undefined, at: Date): Promise<Actor> {
  if (!token) return PUBLIC;
  const sessionId = hashToken(token);
  const row = await findSessionUser(db, sessionId, at.toISOString());
  if (!row) return PUBLIC;
  const role = Role.safeParse(row.role);
  if (!role.success) return PUBLIC;
  if (!row.last_seen_at || at.getTime() - Date.parse(row.last_seen_at) >= TOUCH_EVERY_MS) {
    const idle = (await readSettings(db))['auth.session.idleMinutes'];
    await touchSession(db, sessionId, {
      now: at.toISOString(),
      idleExpiresAt: plusMinutes(at, idle),
    });
  }
  return {
    userId: row.id,
    name: row.name,
    role: role.data,
    unitId: row.unit_id,
    leaderId: row.leader_id,
    csrfToken: row.csrf_token,
    sessionId,
    mustChangePassword: row.must_change_password === 1,
  };
}

/** Deletes the sessions past their end; returns how many (the periodic sweep). */
export const purgeExpiredSessions = (db: Db, at: Date): Promise<number> =>
  deleteExpiredSessions(db, at.toISOString());
