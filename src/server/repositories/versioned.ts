/**
 * The compare-and-set every versioned supervision row uses: write `fields` and bump the version
 * only if the stored version is still the one the caller read; false when someone else wrote
 * first. One statement, so it also takes the row lock on PostgreSQL.
 */
import type { Kysely, Updateable } from 'kysely';
import type { Database } from '../db/schema.ts';

type Versioned =
  | 'contributions'
  | 'notices'
  | 'target_changes'
  | 'attachments'
  | 'candidates'
  | 'vote_sessions'
  | 'rating_sessions'
  | 'suggestions';

export async function updateIfVersion<T extends Versioned>(
  db: Kysely<Database>,
  table: T,
  row: { id: number; version: number },
  fields: Updateable<Database[T]>,
): Promise<boolean> {
  const result = await db
    .updateTable(table as Versioned)
    // Kysely cannot narrow a generic table's columns; the signature above checks `fields`.
    .set({ ...fields, version: row.version + 1 } as never)
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
