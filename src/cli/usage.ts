/**
 * Every command's usage, with no import beyond this file: `minsheng --help` and
 * `minsheng <command> --help` answer without loading a command, its documents or the server.
 * The lists below restate the roles and export formats of their modules (zod, docx, exceljs);
 * test/cli/help.test.ts holds them equal.
 */
export const ROLES = ['admin', 'sysadmin', 'secadmin', 'auditor', 'leader', 'reporter', 'deputy'];
export const EXPORT_FORMAT_NAMES = ['docx', 'xlsx', 'csv', 'json', 'html', 'pdf'];

const formats = EXPORT_FORMAT_NAMES.join('|');

export const CHECK_USAGE = 'minsheng check <file> [--json] [--as-of YYYY-MM-DD] [--lang zh|en]';
export const EXTRACT_USAGE = 'minsheng extract < lines.jsonl';
export const EXPORT_FILE_USAGE = `minsheng export <file> --format ${formats} -o OUT [--assessment] [--attachment 附件4] [--as-of YYYY-MM-DD]`;
export const EXPORT_DB_USAGE = `minsheng export --format ${formats} [-o OUT] [--plan ID] [--period ID] [--assessment] [--db URL]`;
export const CIRCULAR_USAGE = 'minsheng circular <file> [--previous <file>] -o OUT.docx';
export const SERVE_USAGE =
  'minsheng serve [--port N] [--host ADDR] [--db URL]   (env PORT, HOST, DATABASE_URL, MINSHENG_TRUSTED_PROXIES)';
export const MIGRATE_USAGE = 'minsheng migrate [--db URL]';
export const IMPORT_USAGE =
  'minsheng import <file> [--dry-run] [--publish] [--jurisdiction NAME] [--json] [--db URL]';
export const USER_USAGE = `minsheng user add NAME --role ${ROLES.join('|')} [--unit UNIT [--new-unit]] [--leader NAME [--new-leader]] --password-stdin [--no-change-required] [--db URL]
  minsheng user passwd NAME --password-stdin [--no-change-required] [--db URL]
  minsheng user unlock|disable|enable NAME [--db URL]`;
export const AUDIT_USAGE = `minsheng audit verify [--file EXPORT.jsonl] [--db URL]
  minsheng audit export [-o FILE] [--from DATE] [--to DATE] [--db URL]
  minsheng audit prune --archive FILE [--db URL]   (events older than audit.retentionDays)`;
export const BACKUP_USAGE = 'minsheng backup -o FILE [--db URL]';
export const RESTORE_USAGE = 'minsheng restore FILE [--force] [--db URL]   (stop the server first)';

/** Each command's usage, in the order `--help` lists them. */
export const COMMAND_USAGE = {
  check: CHECK_USAGE,
  extract: EXTRACT_USAGE,
  export: `${EXPORT_FILE_USAGE}\n  ${EXPORT_DB_USAGE}`,
  circular: CIRCULAR_USAGE,
  serve: SERVE_USAGE,
  migrate: MIGRATE_USAGE,
  import: IMPORT_USAGE,
  user: USER_USAGE,
  audit: AUDIT_USAGE,
  backup: BACKUP_USAGE,
  restore: RESTORE_USAGE,
} as const;

export type CommandName = keyof typeof COMMAND_USAGE;

export const usageOf = (usage: string): string => `用法 / usage:\n  ${usage}`;

export const USAGE = usageOf(Object.values(COMMAND_USAGE).join('\n  '));
