/**
 * The `minsheng` command. Exit codes: 0 ok, 1 input error (reason on stderr), 2 usage.
 */
import { AUDIT_USAGE, runAudit } from './commands/audit.ts';
import { BACKUP_USAGE, runBackup, runRestore } from './commands/backup.ts';
import { CHECK_USAGE, runCheck } from './commands/check.ts';
import { CIRCULAR_USAGE, runCircular } from './commands/circular.ts';
import { EXPORT_USAGE } from './commands/export.ts';
import { EXPORT_DB_USAGE, runExportCommand } from './commands/export-db.ts';
import { runExtract } from './commands/extract.ts';
import { IMPORT_USAGE, runImport } from './commands/import.ts';
import { MIGRATE_USAGE, runMigrate } from './commands/migrate.ts';
import { runServe, SERVE_USAGE } from './commands/serve.ts';
import { runUser, USER_USAGE } from './commands/user.ts';
import { InputError } from './input-error.ts';
import { UsageError } from './usage-error.ts';

const USAGE = `用法 / usage:
  ${CHECK_USAGE}
  minsheng extract < lines.jsonl
  ${EXPORT_USAGE}
  ${CIRCULAR_USAGE}
  ${EXPORT_DB_USAGE}
  ${SERVE_USAGE}
  ${MIGRATE_USAGE}
  ${IMPORT_USAGE}
  ${USER_USAGE}
  ${AUDIT_USAGE}
  ${BACKUP_USAGE}`;

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  check: runCheck,
  extract: () => runExtract(),
  export: runExportCommand,
  serve: runServe,
  migrate: runMigrate,
  import: runImport,
  user: runUser,
  circular: runCircular,
  audit: runAudit,
  backup: runBackup,
  restore: runRestore,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`未知命令 / unknown command: ${name}\n${USAGE}\n`);
    return 2;
  }
  try {
    return await command(args);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`错误：${error.message} / Error: ${error.messageEn}\n`);
      return 1;
    }
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
