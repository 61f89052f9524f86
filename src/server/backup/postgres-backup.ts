/**
 * PostgreSQL backup and restore with the server's own tools, pg_dump and pg_restore (custom
 * format: compressed, consistent, restorable table by table), found on the PATH.
 */
import { execFile } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { promisify } from 'node:util';
import { BackupError } from './backup-error.ts';

const run = promisify(execFile);

async function tool(name: 'pg_dump' | 'pg_restore', args: string[]): Promise<void> {
  try {
    await run(name, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { code, stderr } = error as { code?: string; stderr?: string };
    if (code === 'ENOENT')
      throw new BackupError(
        `本机没有 ${name}，请安装 PostgreSQL 客户端（postgresql-client）`,
        `${name} is not installed here; install the PostgreSQL client (postgresql-client)`,
      );
    const detail = (stderr ?? '').trim().split('\n').at(-1) ?? '';
    throw new BackupError(`${name} 失败：${detail}`, `${name} failed: ${detail}`);
  }
}

/** Dumps the database (or one schema of it) at `url` to `file` (0600). */
export async function backupPostgres(url: string, file: string, schema?: string): Promise<void> {
  await tool('pg_dump', [
    '--format=custom',
    '--no-owner',
    '--no-privileges',
    ...(schema ? [`--schema=${schema}`] : []),
    `--file=${file}`,
    `--dbname=${url}`,
  ]);
  chmodSync(file, 0o600);
}

/** Restores `file` into the database at `url`, replacing what the dump holds, in one transaction. */
export async function restorePostgres(url: string, file: string): Promise<void> {
  await tool('pg_restore', [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${url}`,
    file,
  ]);
}
