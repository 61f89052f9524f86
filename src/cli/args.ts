/**
 * node:util's parseArgs with its refusals said in both languages: an unknown option, a missing
 * value or a stray argument becomes a UsageError naming it, instead of Node's English sentence.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './usage-error.ts';

/** The option or argument Node's message quotes ('--db <value>' → --db). */
function quoted(message: string): string {
  const inQuotes = /'([^']*)'/.exec(message)?.[1] ?? '';
  return inQuotes.split(' ')[0]?.replace(/,$/, '') ?? inQuotes;
}

export function asUsageError(error: unknown): UsageError | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return null;
  const message = (error as Error).message;
  const name = quoted(message);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new UsageError(`未知选项 ${name}`, `unknown option ${name}`);
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return refuse.extra([name]);
  if (/argument missing/.test(message))
    return new UsageError(`选项 ${name} 需要一个值`, `option ${name} needs a value`);
  if (/does not take an argument/.test(message))
    return new UsageError(`选项 ${name} 不带值`, `option ${name} takes no value`);
  if (/ambiguous/.test(message))
    return new UsageError(
      `选项 ${name} 的值以“-”开头，请写成 ${name}=值`,
      `the value of ${name} starts with "-": write ${name}=VALUE`,
    );
  return new UsageError(`参数有误：${message}`, message);
}

export function parseCommandArgs<T extends ParseArgsConfig>(config: T) {
  try {
    return parseArgs(config);
  } catch (error) {
    throw asUsageError(error) ?? error;
  }
}

/** The refusals several commands share, worded once. */
export const refuse = {
  extra: (args: string[]) =>
    new UsageError(`多余的参数 ${args.join(' ')}`, `unexpected argument ${args.join(' ')}`),
  noTable: () => new UsageError('需要一个表格文件', 'one table file expected'),
  noOutput: () => new UsageError('需要 -o 输出文件', '-o OUT is required'),
  asOf: (value: string) =>
    new UsageError(`--as-of 需要 YYYY-MM-DD：${value}`, `--as-of needs YYYY-MM-DD: ${value}`),
  format: (formats: readonly string[], value: string | undefined) =>
    new UsageError(
      `--format 需要 ${formats.join('|')}${value ? `：${value}` : ''}`,
      `--format needs ${formats.join('|')}${value ? `: ${value}` : ''}`,
    ),
  action: (actions: readonly string[], value: string | undefined) =>
    value
      ? new UsageError(`未知操作 ${value}`, `unknown action ${value}`)
      : new UsageError(`缺少操作 ${actions.join('|')}`, `no action given: ${actions.join('|')}`),
};
