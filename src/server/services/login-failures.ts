/**
 * Lockout (等保2.0 登录失败处理): failed sign-ins, wrong second-factor codes and wrong current
 * passwords count against the account; reaching the limit within the window locks it for the
 * lockout's duration, or until the security administrator unlocks it.
 */
import type { Kysely } from 'kysely';
import { plusMinutes } from '../db/clock.ts';
import type { Database } from '../db/schema.ts';
import { AppError, type AppErrorCode } from '../errors.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { recordLoginFailure, updateUser } from '../repositories/user.repository.ts';
import { readSettings } from './settings.service.ts';

/**
 * Counts a failure against the account and locks it when the count reaches the limit within the
 * window; returns the error to answer with (`code`, or account_locked when this failure locked it).
 */
export async function failAttempt(
  db: Kysely<Database>,
  user: { id: number },
  at: Date,
  code: AppErrorCode,
): Promise<AppError> {
  const settings = await readSettings(db);
  const count = await recordLoginFailure(db, user.id, {
    now: at.toISOString(),
    windowStart: plusMinutes(at, -settings['auth.lockout.windowMinutes']),
  });
  if (count < settings['auth.lockout.attempts']) return new AppError(code);
  const lockedUntil = plusMinutes(at, settings['auth.lockout.durationMinutes']);
  await updateUser(db, user.id, { locked_until: lockedUntil });
  await insertAuditEvent(db, {
    userId: null,
    actor: 'system',
    action: 'user.lock',
    entity: 'user',
    entityId: user.id,
    after: { lockedUntil, failures: count },
  });
  return new AppError('account_locked', { details: { lockedUntil } });
}

/** True while the account is locked. */
export const isLocked = (user: { locked_until: string | null }, at: Date): boolean =>
  user.locked_until !== null && user.locked_until > at.toISOString();
