/**
 * Account management over HTTP (三权分立): the system administrator lists, creates, resets,
 * disables and moves the business accounts; the security administrator changes roles (the three
 * administrators' roles only by them or the command line) and unlocks. Every change is audited
 * with the state before and after.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database, UserTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { type Actor, BUSINESS_ROLES, type Role } from '../policies/actor.ts';
import { type Duty, requireAccountReach, requireDuty } from '../policies/duties.ts';
import { presentUser, type UserDto } from '../presenters/user.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { deleteSessionsOfUser } from '../repositories/session.repository.ts';
import { findUserById, listUsers, updateUser } from '../repositories/user.repository.ts';
import { resolveUnit } from './directory-match.ts';
import { storePassword, temporaryPassword } from './password.service.ts';
import { addUser, assertRoleComplete } from './user.service.ts';

type Db = Kysely<Database>;
type User = Selectable<UserTable>;

/** Every account, for the system and security administrators. */
export async function readUsers(db: Db, actor: Actor, at: Date): Promise<UserDto[]> {
  requireDuty(actor, 'users.read');
  return (await listUsers(db)).map((row) => presentUser(row, at));
}

async function presentOne(db: Db, id: number, at: Date): Promise<UserDto> {
  const row = (await listUsers(db)).find((u) => u.id === id);
  if (!row) throw new AppError('not_found');
  return presentUser(row, at);
}

export interface AccountRequest {
  name: string;
  role: (typeof BUSINESS_ROLES)[number];
  unit?: string | undefined;
  leader?: string | undefined;
  newUnit?: boolean | undefined;
  newLeader?: boolean | undefined;
}

/** Creates a business account with a temporary password, returned once, to change at first sign-in. */
export async function createAccount(db: Db, actor: Actor, request: AccountRequest, at: Date) {
  requireDuty(actor, 'users.manage');
  if (!(BUSINESS_ROLES as readonly string[]).includes(request.role))
    throw new AppError('privileged_account');
  const password = temporaryPassword(request.name);
  const id = await addUser(db, { ...request, password, mustChangePassword: true }, actor);
  return { user: await presentOne(db, id, at), temporaryPassword: password };
}

/** Loads the target account and checks the actor may act on it. */
async function target(db: Db, actor: Actor, id: number, duty: Duty): Promise<User> {
  requireDuty(actor, duty);
  const user = await findUserById(db, id);
  if (!user) throw new AppError('not_found');
  requireAccountReach(actor, user, duty);
  return user;
}

/** Changes an account in one transaction with its audit event. */
async function change(
  db: Db,
  actor: Actor,
  user: User,
  action: string,
  work: (trx: Db) => Promise<{ before: unknown; after: unknown }>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { before, after } = await work(trx);
    await insertAuditEvent(trx, {
      userId: actor.userId,
      actor: actor.name,
      action,
      entity: 'user',
      entityId: user.id,
      before,
      after,
    });
  });
}

/** A new temporary password for the account, returned once; its sessions end. */
export async function resetAccountPassword(db: Db, actor: Actor, id: number, at: Date) {
  const user = await target(db, actor, id, 'users.manage');
  const password = temporaryPassword(user.name);
  await change(db, actor, user, 'user.password_reset', async (trx) => {
    await storePassword(trx, user.id, password, { mustChange: true });
    return { before: null, after: { mustChangePassword: true } };
  });
  return { user: await presentOne(db, id, at), temporaryPassword: password };
}

/** Disables (ending its sessions) or enables an account. */
export async function setAccountDisabled(
  db: Db,
  actor: Actor,
  id: number,
  disabled: boolean,
  at: Date,
): Promise<UserDto> {
  const user = await target(db, actor, id, 'users.manage');
  await change(db, actor, user, disabled ? 'user.disable' : 'user.enable', async (trx) => {
    await updateUser(trx, user.id, { disabled: disabled ? 1 : 0 });
    if (disabled) await deleteSessionsOfUser(trx, user.id);
    return { before: { disabled: user.disabled === 1 }, after: { disabled } };
  });
  return presentOne(db, id, at);
}

/** Moves an account to another unit (a reporter keeps one). */
export async function changeAccountUnit(
  db: Db,
  actor: Actor,
  id: number,
  request: { unit: string | null; newUnit?: boolean | undefined },
  at: Date,
): Promise<UserDto> {
  const user = await target(db, actor, id, 'users.manage');
  assertRoleComplete(user.role, { unit: request.unit !== null, leader: user.leader_id !== null });
  await change(db, actor, user, 'user.unit', async (trx) => {
    const unitId =
      request.unit === null ? null : await resolveUnit(trx, request.unit, !!request.newUnit);
    await updateUser(trx, user.id, { unit_id: unitId });
    return { before: { unitId: user.unit_id }, after: { unitId, unit: request.unit } };
  });
  return presentOne(db, id, at);
}

/** Gives an account another role: the security administrator's duty (not on their own account). */
export async function changeAccountRole(
  db: Db,
  actor: Actor,
  id: number,
  role: Role,
  at: Date,
): Promise<UserDto> {
  const user = await target(db, actor, id, 'roles.assign');
  assertRoleComplete(role, { unit: user.unit_id !== null, leader: user.leader_id !== null });
  await change(db, actor, user, 'user.role', async (trx) => {
    await updateUser(trx, user.id, { role });
    return { before: { role: user.role }, after: { role } };
  });
  return presentOne(db, id, at);
}

/** Lifts a lockout and forgets the failed attempts. */
export async function unlockAccount(db: Db, actor: Actor, id: number, at: Date): Promise<UserDto> {
  const user = await target(db, actor, id, 'lockouts.clear');
  await change(db, actor, user, 'user.unlock', async (trx) => {
    await updateUser(trx, user.id, { locked_until: null, failed_logins: 0, failed_since: null });
    return {
      before: { lockedUntil: user.locked_until, failedLogins: user.failed_logins },
      after: { lockedUntil: null, failedLogins: 0 },
    };
  });
  return presentOne(db, id, at);
}
