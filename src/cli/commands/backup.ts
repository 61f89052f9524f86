/** `minsheng backup` and `minsheng restore`: the whole database to a file and back, either engine. */
import { BackupError } from '../../server/backup/backup-error.ts';
import { resolveDatabaseUrl } from '../../server/db/database.ts';
import { backupDatabase, restoreDatabase } from '../../server/services/backup.service.ts';
import { parseCommandArgs } from '../args.ts';
import { InputError } from '../input-error.ts';
import { UsageError } from '../usage-error.ts';
import { withStore } from '../with-store.ts';

/** Runs backup work, turning its refusals into input errors (exit 1). */
async function refusalsAsInput<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError) throw new InputError(error.message, error.messageEn);
    throw error;
  }
}

/** Runs `minsheng backup -o FILE`. */
export async function runBackup(args: string[]): Promise<number> {
  const { values } = parseCommandArgs({
    args,
    options: { output: { type: 'string', short: 'o' }, db: { type: 'string' } },
  });
  if (!values.output) throw new UsageError('需要 -o 备份文件', '-o FILE is required');
  const file = values.output;
  const url = resolveDatabaseUrl(values.db);
  await withStore(values.db, (store) =>
    refusalsAsInput(() => backupDatabase(store, { url }, file)),
  );
  process.stdout.write(`已备份 / backed up: ${file}\n`);
  return 0;
}

/** Runs `minsheng restore FILE`; exit 1 when the restored audit log does not verify. */
export async function runRestore(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false }, db: { type: 'string' } },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0)
    throw new UsageError('需要一个备份文件', 'one backup file expected');
  const url = resolveDatabaseUrl(values.db);
  const verification = await refusalsAsInput(() =>
    restoreDatabase({ url }, file, { force: values.force }),
  );
  process.stdout.write(
    `已恢复 / restored: ${file}; 审计日志 / audit log: ${
      verification.ok ? '完好 / intact' : `${verification.problems.length} 处异常 / problems`
    } (${verification.events})\n`,
  );
  return verification.ok ? 0 : 1;
}
