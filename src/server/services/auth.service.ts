/**
 * Signing in and out (等保2.0 身份鉴别): password, then the TOTP code for accounts that enrolled
 * one; failed attempts counted per account and the account locked after too many within the
 * window; every attempt audited with the client's address.
 */
import type { Kysely, Selectable } from 'kysely';
import { DUMMY_HASH, verifyPassword } from '../auth/password.ts';
import { hashToken } from '../auth/tokens.ts';
import type { PersonalData } from '../crypto/personal-data.ts';
import type { Database, UserTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { type Actor, Role } from '../policies/actor.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { deleteSession } from '../repositories/session.repository.ts';
import { claimTotpStep, findUserByName, updateUser } from '../repositories/user.repository.ts';
import { failAttempt, isLocked } from './login-failures.ts';
import { passwordExpired } from './password.service.ts';
import { type Client, openSession } from './session.service.ts';
import { checkTotp, openTotpSecret } from './totp.service.ts';

type Db = Kysely<Database>;
type User = Selectable<UserTable>;

export interface Credentials {
  name: string;
  password: string;
  /** The 6-digit code of the authenticator, for accounts with a second factor. */
  totp?: string | undefined;
}

export interface LoginResult {
  token: string;
  actor: Actor;
}

const audit =
  (db: Db, user: User | undefined, name: string, client: Client) =>
  (action: string, after?: unknown) =>
    insertAuditEvent(db, {
      userId: user?.id ?? null,
      actor: (user?.name ?? name).slice(0, 100),
      action,
      entity: 'user',
      entityId: user?.id ?? null,
      address: client.address,
      ...(after === undefined ? {} : { after }),
    });

/** Signs in; throws login_failed, account_locked, account_disabled, totp_required or totp_failed. */
export async function login(
  db: Db,
  credentials: Credentials,
  context: { at: Date; client: Client; personalData: PersonalData },
): Promise<LoginResult> {
  const { at, client, personalData } = context;
  const user = await findUserByName(db, credentials.name);
  const record = audit(db, user, credentials.name, client);
  if (user && isLocked(user, at)) {
    // Same work as a real check, so a locked account is not told apart by timing.
    await verifyPassword(DUMMY_HASH, credentials.password);
    await record('auth.login_failed', { reason: 'locked' });
    throw new AppError('account_locked', { details: { lockedUntil: user.locked_until } });
  }
  const ok = await verifyPassword(user?.password_hash ?? DUMMY_HASH, credentials.password);
  if (!user || !ok) {
    await record('auth.login_failed', { reason: 'password' });
    throw user ? await failAttempt(db, user, at, 'login_failed') : new AppError('login_failed');
  }
  if (user.disabled) {
    await record('auth.login_failed', { reason: 'disabled' });
    throw new AppError('account_disabled');
  }
  if (user.totp_secret) {
    if (!credentials.totp) throw new AppError('totp_required');
    const secret = openTotpSecret(user.totp_secret, personalData);
    const step = await checkTotp(secret, credentials.totp, at, user.totp_last_step);
    if (step === null || !(await claimTotpStep(db, user.id, step))) {
      await record('auth.login_failed', { reason: 'totp' });
      throw await failAttempt(db, user, at, 'totp_failed');
    }
  }
  // An expired password is treated as one an administrator set: change it before anything else.
  const mustChangePassword =
    user.must_change_password === 1 || (await passwordExpired(db, user, at));
  await updateUser(db, user.id, {
    failed_logins: 0,
    failed_since: null,
    locked_until: null,
    last_login_at: at.toISOString(),
    must_change_password: mustChangePassword ? 1 : 0,
  });
  const session = await openSession(db, user.id, at, client);
  await record('auth.login', { totp: user.totp_secret !== null });
  return {
    token: session.token,
    actor: {
      userId: user.id,
      name: user.name,
      role: Role.parse(user.role),
      unitId: user.unit_id,
      leaderId: user.leader_id,
      csrfToken: session.csrfToken,
      sessionId: session.sessionId,
      mustChangePassword,
    },
  };
}

/** Ends the session of `token` and records who signed out from where. */
export async function logout(
  db: Db,
  actor: Actor,
  token: string | undefined,
  client: Client,
): Promise<void> {
  if (!token) return;
  const ended = await deleteSession(db, hashToken(token));
  if (ended > 0 && actor.userId !== null)
    await insertAuditEvent(db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'auth.logout',
      entity: 'user',
      entityId: actor.userId,
      address: client.address,
    });
}
