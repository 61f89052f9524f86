/** Sessions: stored by the hash of their token, with an absolute and an idle end. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export interface NewSession {
  id: string;
  userId: number;
  csrfToken: string;
  now: string;
  expiresAt: string;
  idleExpiresAt: string;
  address: string | null;
  userAgent: string | null;
}

export async function insertSession(db: Db, session: NewSession): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
      idle_expires_at: session.idleExpiresAt,
      last_seen_at: session.now,
      created_at: session.now,
      address: session.address,
      user_agent: session.userAgent,
    })
    .execute();
}

/** The live session with this id and its enabled user, or undefined. */
export const findSessionUser = (db: Db, sessionId: string, now: string) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'users.id',
      'users.name',
      'users.role',
      'users.unit_id',
      'users.leader_id',
      'users.must_change_password',
      'sessions.csrf_token',
      'sessions.last_seen_at',
    ])
    .where('sessions.id', '=', sessionId)
    .where('sessions.expires_at', '>', now)
    .where('sessions.idle_expires_at', '>', now)
    .where('users.disabled', '=', 0)
    .executeTakeFirst();

/** Pushes the idle end forward. */
export async function touchSession(
  db: Db,
  sessionId: string,
  at: { now: string; idleExpiresAt: string },
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: at.now, idle_expires_at: at.idleExpiresAt })
    .where('id', '=', sessionId)
    .execute();
}

export async function deleteSession(db: Db, sessionId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('id', '=', sessionId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Ends every session of the user, but `keep` (the one changing its own password). */
export async function deleteSessionsOfUser(db: Db, userId: number, keep?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keep) query = query.where('id', '!=', keep);
  await query.execute();
}

/** Deletes sessions past their absolute or idle end; returns how many. */
export async function deleteExpiredSessions(db: Db, now: string): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', now),
        eb('idle_expires_at', '<=', now),
        eb('idle_expires_at', 'is', null),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Live sessions with their users, newest first. */
export const listLiveSessions = (db: Db, now: string, userId?: number) => {
  let query = db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.user_id',
      'users.name',
      'users.role',
      'sessions.created_at',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'sessions.idle_expires_at',
      'sessions.address',
      'sessions.user_agent',
    ])
    .where('sessions.expires_at', '>', now)
    .where('sessions.idle_expires_at', '>', now)
    .orderBy('sessions.created_at', 'desc');
  if (userId !== undefined) query = query.where('sessions.user_id', '=', userId);
  return query.execute();
};

export const findSession = (db: Db, sessionId: string) =>
  db.selectFrom('sessions').selectAll().where('id', '=', sessionId).executeTakeFirst();
