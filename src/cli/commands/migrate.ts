/** `minsheng migrate [--db URL]`: brings the database schema up to date. */
import { openDatabase, resolveDatabaseUrl } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { parseCommandArgs } from '../args.ts';

export async function runMigrate(args: string[]): Promise<number> {
  const { values } = parseCommandArgs({ args, options: { db: { type: 'string' } } });
  const store = openDatabase({ url: resolveDatabaseUrl(values.db) });
  try {
    const applied = await migrateToLatest(store);
    process.stdout.write(
      applied.length ? `已执行 / applied: ${applied.join(', ')}\n` : '已是最新 / up to date\n',
    );
    return 0;
  } finally {
    await store.destroy();
  }
}
