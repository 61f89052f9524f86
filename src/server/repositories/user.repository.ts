/** Accounts and their sessions. */
import type { Kysely } from 'kysely';
import { now } from '../db/clock.ts';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export interface NewUser {
  name: string;
  role: string;
  unitId: number | null;
  leaderId: number | null;
  passwordHash: string;
}

export async function insertUser(db: Db, user: NewUser): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      name: user.name,
      role: user.role,
      unit_id: user.unitId,
      leader_id: user.leaderId,
      password_hash: user.passwordHash,
      created_at: now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export const findUserByName = (db: Db, name: string) =>
  db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function setPasswordHash(db: Db, userId: number, hash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: hash }).where('id', '=', userId).execute();
  // A new password ends every session opened with the old one.
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function insertSession(
  db: Db,
  session: { id: string; userId: number; csrfToken: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
      created_at: now(),
    })
    .execute();
}

/** The live session with this id and its user, or undefined when absent or expired. */
export const findSessionUser = (db: Db, sessionId: string) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'users.id',
      'users.name',
      'users.role',
      'users.unit_id',
      'users.leader_id',
      'sessions.csrf_token',
    ])
    .where('sessions.id', '=', sessionId)
    .where('sessions.expires_at', '>', now())
    .executeTakeFirst();

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}
