/**
 * SQLite backup and restore through SQLite's online backup API (better-sqlite3 `.backup()`): a
 * consistent copy while the server keeps writing, and a restore that rewrites the database page
 * by page through SQLite rather than copying a file over a live one.
 */
import { chmodSync, existsSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { BackupError } from './backup-error.ts';

/** Copies the database at `path` to `file` (0600). */
export async function backupSqlite(path: string, file: string): Promise<void> {
  const source = new SQLite(path, { readonly: true, fileMustExist: true });
  try {
    await source.backup(file);
    chmodSync(file, 0o600);
  } finally {
    source.close();
  }
}

/** True when the file is a SQLite database that passes its integrity check and holds Minsheng's tables. */
function checkBackup(file: string): void {
  if (!existsSync(file)) throw new BackupError('备份文件不存在', 'The backup file does not exist');
  let db: SQLite.Database | undefined;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'")
      .all();
    if (integrity !== 'ok' || tables.length === 0) throw new Error('not ours');
  } catch {
    throw new BackupError(
      '这不是完好的民生数据库备份',
      'This is not an intact Minsheng database backup',
    );
  } finally {
    db?.close();
  }
}

/** Replaces the database at `path` with the backup `file`. The server must be stopped. */
export async function restoreSqlite(file: string, path: string): Promise<void> {
  checkBackup(file);
  const source = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(path);
    chmodSync(path, 0o600);
  } finally {
    source.close();
  }
}
