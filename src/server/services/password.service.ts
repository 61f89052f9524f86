/**
 * Setting passwords: the rules (auth/password-rules.ts), the recent ones not reused, one's own
 * change (current + new), and the temporary passwords administrators hand out, which must be
 * changed at first sign-in.
 */
import type { Kysely } from 'kysely';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { brokenPasswordRule } from '../auth/password-rules.ts';
import { newPassword } from '../auth/tokens.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { deleteSessionsOfUser } from '../repositories/session.repository.ts';
import {
  findUserById,
  insertPasswordHistory,
  recentPasswordHashes,
  updateUser,
} from '../repositories/user.repository.ts';
import { failAttempt } from './login-failures.ts';
import { readSetting } from './settings.service.ts';

type Db = Kysely<Database>;

/** Throws the first password rule broken, then refuses a password among the last ones used. */
export async function assertPasswordAllowed(
  db: Db,
  user: { id: number | null; name: string },
  password: string,
): Promise<void> {
  const broken = brokenPasswordRule(password, user.name);
  if (broken) throw new AppError(broken);
  if (user.id === null) return;
  const count = await readSetting(db, 'auth.password.history');
  for (const hash of await recentPasswordHashes(db, user.id, count)) {
    if (await verifyPassword(hash, password))
      throw new AppError('password_reused', {
        message: `不得使用最近${count}次用过的密码`,
        messageEn: `The password may not repeat any of the last ${count}`,
      });
  }
}

/**
 * Stores a new password (already checked) and ends the account's other sessions; `mustChange`
 * when an administrator chose it.
 */
export async function storePassword(
  db: Db,
  userId: number,
  password: string,
  options: { mustChange: boolean; keepSession?: string | null },
): Promise<void> {
  const hash = await hashPassword(password);
  await updateUser(db, userId, {
    password_hash: hash,
    must_change_password: options.mustChange ? 1 : 0,
    password_changed_at: new Date().toISOString(),
  });
  await insertPasswordHistory(db, userId, hash);
  await deleteSessionsOfUser(db, userId, options.keepSession ?? undefined);
}

/** True when the password is older than `auth.password.maxAgeDays` (定期更换). */
export async function passwordExpired(
  db: Db,
  user: { password_changed_at: string | null },
  at: Date,
): Promise<boolean> {
  const days = await readSetting(db, 'auth.password.maxAgeDays');
  if (days === 0 || user.password_changed_at === null) return false;
  return Date.parse(user.password_changed_at) + days * 86_400_000 <= at.getTime();
}

/** A random password that keeps the rules, for first start and administrators' resets. */
export function temporaryPassword(name: string): string {
  for (;;) {
    const password = newPassword();
    if (brokenPasswordRule(password, name) === null) return password;
  }
}

/** The signed-in user changes their own password; the session they use stays open. */
export async function changeOwnPassword(
  db: Db,
  actor: Actor,
  passwords: { current: string; next: string },
  at: Date,
): Promise<void> {
  if (actor.userId === null) throw new AppError('unauthenticated');
  const user = await findUserById(db, actor.userId);
  if (!user) throw new AppError('unauthenticated');
  if (!(await verifyPassword(user.password_hash, passwords.current)))
    throw await failAttempt(db, user, at, 'password_wrong');
  await assertPasswordAllowed(db, user, passwords.next);
  await db.transaction().execute(async (trx) => {
    await storePassword(trx, user.id, passwords.next, {
      mustChange: false,
      keepSession: actor.sessionId,
    });
    await insertAuditEvent(trx, {
      userId: user.id,
      actor: user.name,
      action: 'user.password_change',
      entity: 'user',
      entityId: user.id,
      before: { mustChangePassword: user.must_change_password === 1 },
      after: { mustChangePassword: false },
    });
  });
}
