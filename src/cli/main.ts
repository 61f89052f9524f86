/**
 * The `minsheng` command. Exit codes: 0 ok, 1 input error (reason on stderr), 2 usage.
 *
 * Each command is imported only when it runs: the documents, the server and their packages take
 * over a second to load, which `--help` (and a mistyped command) should not pay.
 */
import { asUsageError } from './args.ts';
import { InputError } from './input-error.ts';
import { COMMAND_USAGE, type CommandName, USAGE, usageOf } from './usage.ts';
import { UsageError } from './usage-error.ts';

type Run = (args: string[]) => Promise<number>;

const COMMANDS: Record<CommandName, () => Promise<Run>> = {
  check: async () => (await import('./commands/check.ts')).runCheck,
  extract: async () => (await import('./commands/extract.ts')).runExtract,
  export: async () => (await import('./commands/export-either.ts')).runExportCommand,
  circular: async () => (await import('./commands/circular.ts')).runCircular,
  serve: async () => (await import('./commands/serve.ts')).runServe,
  migrate: async () => (await import('./commands/migrate.ts')).runMigrate,
  import: async () => (await import('./commands/import.ts')).runImport,
  user: async () => (await import('./commands/user.ts')).runUser,
  audit: async () => (await import('./commands/audit.ts')).runAudit,
  backup: async () => (await import('./commands/backup.ts')).runBackup,
  restore: async () => (await import('./commands/backup.ts')).runRestore,
};

const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);
const isHelp = (arg: string) => arg === '--help' || arg === '-h';

function refuse(reason: string, reasonEn: string, usage: string): number {
  process.stderr.write(`错误：${reason} / Error: ${reasonEn}\n${usage}\n`);
  return 2;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) return refuse('缺少命令', 'no command given', USAGE);
  if (isHelp(name) || name === 'help') {
    const topic = args[0];
    process.stdout.write(`${topic && isCommand(topic) ? usageOf(COMMAND_USAGE[topic]) : USAGE}\n`);
    return 0;
  }
  if (!isCommand(name)) return refuse(`未知命令 ${name}`, `unknown command ${name}`, USAGE);
  const usage = usageOf(COMMAND_USAGE[name]);
  // Before `--` only: after it, "--help" is an argument (a file so named).
  const end = args.indexOf('--');
  if ((end === -1 ? args : args.slice(0, end)).some(isHelp)) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  try {
    const run = await COMMANDS[name]();
    return await run(args);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`错误：${error.message} / Error: ${error.messageEn}\n`);
      return 1;
    }
    const refusal = error instanceof UsageError ? error : asUsageError(error);
    if (refusal) return refuse(refusal.message, refusal.messageEn, usage);
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
