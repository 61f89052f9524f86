/**
 * `minsheng backup` and `minsheng restore` for either engine (等保2.0 数据备份恢复). A restore
 * refuses to overwrite a database that holds accounts or plans unless forced, and the restored
 * audit log is verified, so a backup that was tampered with shows at once.
 */
import { existsSync } from 'node:fs';
import { BackupError } from '../backup/backup-error.ts';
import { backupPostgres, restorePostgres } from '../backup/postgres-backup.ts';
import { backupSqlite, restoreSqlite } from '../backup/sqlite-backup.ts';
import { type Db, isPostgresUrl, openDatabase, sqlitePath } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { SYSTEM } from '../policies/actor.ts';
import type { AuditVerification } from '../presenters/audit.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { countUsers } from '../repositories/user.repository.ts';
import { verifyAuditLog } from './audit.service.ts';

export interface Target {
  url: string;
  /** The PostgreSQL schema, when not the database's default (tests). */
  schema?: string | undefined;
}

/** Records the backup in the audit log (it is a copy of everything), then writes it to `file`. */
export async function backupDatabase(store: Db, target: Target, file: string): Promise<void> {
  await insertAuditEvent(store.db, {
    userId: null,
    actor: SYSTEM.name,
    action: 'database.backup',
    entity: 'database',
    entityId: null,
    after: { file },
  });
  if (isPostgresUrl(target.url)) await backupPostgres(target.url, file, target.schema);
  else await backupSqlite(sqlitePath(target.url), file);
}

async function holdsData(target: Target): Promise<boolean> {
  if (!isPostgresUrl(target.url) && !existsSync(sqlitePath(target.url))) return false;
  const store = openDatabase(target);
  try {
    const plans = await store.db
      .selectFrom('plans')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return (await countUsers(store.db)) > 0 || Number(plans.n) > 0;
  } catch {
    return false; // no Minsheng tables: an empty database
  } finally {
    await store.destroy();
  }
}

/** Replaces the database with the backup in `file`, then migrates it and verifies its audit log. */
export async function restoreDatabase(
  target: Target,
  file: string,
  options: { force: boolean },
): Promise<AuditVerification> {
  if (!existsSync(file)) throw new BackupError('备份文件不存在', 'The backup file does not exist');
  if (!options.force && (await holdsData(target)))
    throw new BackupError(
      '目标数据库已有数据；确认要用备份覆盖，请加 --force（并先停止服务）',
      'The target database holds data; to overwrite it with the backup add --force (and stop the server first)',
    );
  if (isPostgresUrl(target.url)) await restorePostgres(target.url, file);
  else await restoreSqlite(file, sqlitePath(target.url));
  const store: Db = openDatabase(target);
  try {
    await migrateToLatest(store);
    const verification = await verifyAuditLog(store.db, SYSTEM);
    await insertAuditEvent(store.db, {
      userId: null,
      actor: SYSTEM.name,
      action: 'database.restore',
      entity: 'database',
      entityId: null,
      after: { file, auditLogIntact: verification.ok },
    });
    return verification;
  } finally {
    await store.destroy();
  }
}
