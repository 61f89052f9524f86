/**
 * `minsheng export`, for both sources: with a table file it is the documents' file export
 * (export.ts); without one it exports from the database (export-db.ts). Only the one that runs
 * is loaded: the file export needs no database.
 */
import { parseCommandArgs } from '../args.ts';

export async function runExportCommand(args: string[]): Promise<number> {
  const { positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    strict: false,
    // Every option of both commands that takes a value, so its value is not taken for a file.
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      attachment: { type: 'string' },
      'as-of': { type: 'string' },
      plan: { type: 'string' },
      period: { type: 'string' },
      db: { type: 'string' },
    },
  });
  if (positionals.length > 0) return (await import('./export.ts')).runExport(args);
  return (await import('./export-db.ts')).runExportFromDatabase(args);
}
