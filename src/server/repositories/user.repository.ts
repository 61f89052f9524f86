/** Accounts: their rows, failed sign-ins and the passwords they used. */
import type { Kysely, Updateable } from 'kysely';
import { now } from '../db/clock.ts';
import type { Database, UserTable } from '../db/schema.ts';

type Db = Kysely<Database>;

export interface NewUser {
  name: string;
  role: string;
  unitId: number | null;
  leaderId: number | null;
  passwordHash: string;
  mustChangePassword: boolean;
}

export async function insertUser(db: Db, user: NewUser): Promise<number> {
  const at = now();
  const row = await db
    .insertInto('users')
    .values({
      name: user.name,
      role: user.role,
      unit_id: user.unitId,
      leader_id: user.leaderId,
      password_hash: user.passwordHash,
      must_change_password: user.mustChangePassword ? 1 : 0,
      password_changed_at: at,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertPasswordHistory(db, row.id, user.passwordHash);
  return row.id;
}

export const findUserByName = (db: Db, name: string) =>
  db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();

export const findUserById = (db: Db, id: number) =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

/** Every account with its unit's and leader's names, by name. */
export const listUsers = (db: Db) =>
  db
    .selectFrom('users')
    .leftJoin('units', 'units.id', 'users.unit_id')
    .leftJoin('leaders', 'leaders.id', 'users.leader_id')
    .selectAll('users')
    .select(['units.name as unit_name', 'leaders.name as leader_name'])
    .orderBy('users.name')
    .execute();

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateUser(db: Db, id: number, patch: Updateable<UserTable>): Promise<void> {
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
}

/**
 * Counts a failed sign-in in one statement (two at once both count): the count restarts when the
 * previous failures are older than `windowStart`. Returns the count now.
 */
export async function recordLoginFailure(
  db: Db,
  id: number,
  at: { now: string; windowStart: string },
): Promise<number> {
  const row = await db
    .updateTable('users')
    .set((eb) => {
      const stale = eb.or([
        eb('failed_since', 'is', null),
        eb('failed_since', '<', at.windowStart),
      ]);
      return {
        failed_logins: eb
          .case()
          .when(stale)
          .then(1)
          .else(eb('failed_logins', '+', 1))
          .end(),
        failed_since: eb.case().when(stale).then(at.now).else(eb.ref('failed_since')).end(),
      };
    })
    .where('id', '=', id)
    .returning('failed_logins')
    .executeTakeFirstOrThrow();
  return row.failed_logins;
}

export async function insertPasswordHistory(db: Db, userId: number, hash: string): Promise<void> {
  await db
    .insertInto('password_history')
    .values({ user_id: userId, password_hash: hash, created_at: now() })
    .execute();
}

/** The hashes of the account's last `count` passwords, newest first. */
export async function recentPasswordHashes(
  db: Db,
  userId: number,
  count: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('password_history')
    .select('password_hash')
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .limit(count)
    .execute();
  return rows.map((r) => r.password_hash);
}

/** Accepts a sign-in code once: the step is claimed only if no later one was used. */
export async function claimTotpStep(db: Db, userId: number, step: number): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Accounts with a second factor, confirmed or pending: their ids and stored secrets. */
export const listUsersWithTotp = (db: Db) =>
  db
    .selectFrom('users')
    .select(['id', 'totp_secret', 'totp_pending'])
    .where((eb) => eb.or([eb('totp_secret', 'is not', null), eb('totp_pending', 'is not', null)]))
    .execute();
