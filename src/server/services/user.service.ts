/**
 * Accounts created by the command line, the first start and the tests: never with a default
 * password, and forced to change an administrator's choice at first sign-in unless the caller
 * says the password is the holder's own.
 */
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { type Actor, type Role, SYSTEM } from '../policies/actor.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { countUsers, findUserByName, insertUser } from '../repositories/user.repository.ts';
import { resolveLeader, resolveUnit } from './directory-match.ts';
import { assertPasswordAllowed, storePassword, temporaryPassword } from './password.service.ts';

type Db = Kysely<Database>;

export interface NewAccount {
  name: string;
  role: Role;
  password: string;
  /** Unit name, required for reporters. */
  unit?: string | undefined;
  /** Leader name, required for leaders. */
  leader?: string | undefined;
  /** Create the unit / leader when no such name exists (else refused with close matches). */
  newUnit?: boolean | undefined;
  newLeader?: boolean | undefined;
  /** False when the password is the holder's own; true (the default) makes them change it. */
  mustChangePassword?: boolean | undefined;
}

/** Throws unless the role has what it needs: a reporter a unit, a leader a leader name. */
export function assertRoleComplete(role: string, has: { unit: boolean; leader: boolean }): void {
  if (role === 'reporter' && !has.unit)
    throw new AppError('validation_failed', {
      message: '填报员须指定单位（unit / --unit）',
      messageEn: 'A reporter needs a unit (unit / --unit)',
    });
  if (role === 'leader' && !has.leader)
    throw new AppError('validation_failed', {
      message: '领导账号须指定领导姓名（leader / --leader）',
      messageEn: 'A leader account needs a leader name (leader / --leader)',
    });
}

/** Creates an account; audited with who created it. */
export async function addUser(db: Db, account: NewAccount, actor: Actor = SYSTEM): Promise<number> {
  assertRoleComplete(account.role, { unit: !!account.unit, leader: !!account.leader });
  await assertPasswordAllowed(db, { id: null, name: account.name }, account.password);
  const passwordHash = await hashPassword(account.password);
  const mustChangePassword = account.mustChangePassword ?? true;
  return db.transaction().execute(async (trx) => {
    if (await findUserByName(trx, account.name)) throw new AppError('already_exists');
    const unitId = account.unit ? await resolveUnit(trx, account.unit, !!account.newUnit) : null;
    const leaderId = account.leader
      ? await resolveLeader(trx, account.leader, !!account.newLeader)
      : null;
    const id = await insertUser(trx, {
      name: account.name,
      role: account.role,
      unitId,
      leaderId,
      passwordHash,
      mustChangePassword,
    });
    await insertAuditEvent(trx, {
      userId: actor.userId,
      actor: actor.name,
      action: 'user.create',
      entity: 'user',
      entityId: id,
      after: {
        name: account.name,
        role: account.role,
        unit: account.unit ?? null,
        leader: account.leader ?? null,
        mustChangePassword,
      },
    });
    return id;
  });
}

/** Sets an account's password from the command line; the holder changes it at first sign-in unless told otherwise. */
export async function changePassword(
  db: Db,
  name: string,
  password: string,
  actor: Actor = SYSTEM,
  options: { mustChange?: boolean } = {},
): Promise<void> {
  const user = await findUserByName(db, name);
  if (!user) throw new AppError('not_found');
  await assertPasswordAllowed(db, user, password);
  const mustChange = options.mustChange ?? true;
  await db.transaction().execute(async (trx) => {
    await storePassword(trx, user.id, password, { mustChange });
    await insertAuditEvent(trx, {
      userId: actor.userId,
      actor: actor.name,
      action: 'user.password_set',
      entity: 'user',
      entityId: user.id,
      after: { mustChangePassword: mustChange },
    });
  });
}

/** The accounts a first start creates: the office and the three administrators of 三权分立. */
export const FIRST_ACCOUNTS = [
  { name: 'admin', role: 'admin', zh: '督查室（业务）', en: 'supervision office (business)' },
  { name: 'sysadmin', role: 'sysadmin', zh: '系统管理员', en: 'system administrator' },
  { name: 'secadmin', role: 'secadmin', zh: '安全管理员', en: 'security administrator' },
  { name: 'auditor', role: 'auditor', zh: '审计管理员', en: 'audit administrator' },
] as const satisfies { name: string; role: Role; zh: string; en: string }[];

/**
 * On a database without accounts, creates the first accounts, each with a random one-time password
 * to change at first sign-in; returns them (empty when accounts exist).
 */
export async function ensureAdministrators(
  db: Db,
): Promise<{ name: string; role: Role; password: string }[]> {
  if ((await countUsers(db)) > 0) return [];
  const created = [];
  for (const { name, role } of FIRST_ACCOUNTS) {
    const password = temporaryPassword(name);
    await addUser(db, { name, role, password });
    created.push({ name, role, password });
  }
  return created;
}
