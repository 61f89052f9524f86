/** Accounts: created by the CLI (or on first start), never with a default password. */
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password.ts';
import { newPassword } from '../auth/tokens.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { type Actor, type Role, SYSTEM } from '../policies/actor.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import {
  findLeaderByName,
  findUnitByName,
  upsertLeader,
  upsertUnit,
} from '../repositories/directory.repository.ts';
import {
  countUsers,
  findUserByName,
  insertUser,
  setPasswordHash,
} from '../repositories/user.repository.ts';

export interface NewAccount {
  name: string;
  role: Role;
  password: string;
  /** Unit name, required for reporters. */
  unit?: string | undefined;
  /** Leader name, required for leaders. */
  leader?: string | undefined;
}

const MIN_PASSWORD = 10;

export async function addUser(
  db: Kysely<Database>,
  account: NewAccount,
  actor: Actor = SYSTEM,
): Promise<number> {
  if (account.password.length < MIN_PASSWORD) {
    throw new AppError('validation_failed', {
      message: `密码至少${MIN_PASSWORD}个字符`,
      messageEn: `The password needs at least ${MIN_PASSWORD} characters`,
    });
  }
  if (account.role === 'reporter' && !account.unit) {
    throw new AppError('validation_failed', {
      message: '填报员须指定单位（--unit）',
      messageEn: 'A reporter needs a unit (--unit)',
    });
  }
  if (account.role === 'leader' && !account.leader) {
    throw new AppError('validation_failed', {
      message: '领导账号须指定姓名（--leader）',
      messageEn: 'A leader account needs a leader name (--leader)',
    });
  }
  const passwordHash = await hashPassword(account.password);
  return db.transaction().execute(async (trx) => {
    if (await findUserByName(trx, account.name)) throw new AppError('already_exists');
    // Units and leaders usually exist from an import; accounts may also come first.
    const unitId = account.unit
      ? ((await findUnitByName(trx, account.unit))?.id ?? (await upsertUnit(trx, account.unit)).id)
      : null;
    const leaderId = account.leader
      ? ((await findLeaderByName(trx, account.leader))?.id ??
        (await upsertLeader(trx, account.leader)).id)
      : null;
    const id = await insertUser(trx, {
      name: account.name,
      role: account.role,
      unitId,
      leaderId,
      passwordHash,
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
      },
    });
    return id;
  });
}

export async function changePassword(
  db: Kysely<Database>,
  name: string,
  password: string,
  actor: Actor = SYSTEM,
): Promise<void> {
  if (password.length < MIN_PASSWORD) {
    throw new AppError('validation_failed', {
      message: `密码至少${MIN_PASSWORD}个字符`,
      messageEn: `The password needs at least ${MIN_PASSWORD} characters`,
    });
  }
  const user = await findUserByName(db, name);
  if (!user) throw new AppError('not_found');
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, user.id, hash);
    await insertAuditEvent(trx, {
      userId: actor.userId,
      actor: actor.name,
      action: 'user.password',
      entity: 'user',
      entityId: user.id,
    });
  });
}

/** On a database without accounts, creates `admin` with a random password and returns it (else null). */
export async function ensureAdmin(db: Kysely<Database>): Promise<string | null> {
  if ((await countUsers(db)) > 0) return null;
  const password = newPassword();
  await addUser(db, { name: 'admin', role: 'admin', password });
  return password;
}
