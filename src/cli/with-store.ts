/**
 * Runs a command's work against the database of `--db` (else DATABASE_URL, else the default
 * SQLite file), migrated first and closed after; the server's refusals become input errors.
 */
import { type Db, openDatabase, resolveDatabaseUrl } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { AppError } from '../server/errors.ts';
import { InputError } from './input-error.ts';

export async function withStore<T>(
  url: string | undefined,
  work: (store: Db) => Promise<T>,
): Promise<T> {
  const store = openDatabase({ url: resolveDatabaseUrl(url) });
  try {
    await migrateToLatest(store);
    return await work(store);
  } catch (error) {
    if (error instanceof AppError) throw new InputError(error.message, error.messageEn);
    throw error;
  } finally {
    await store.destroy();
  }
}
