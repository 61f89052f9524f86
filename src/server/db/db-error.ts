/**
 * What a database error says about the request that caused it, on either engine: a unique
 * constraint another writer won first, or a value the column cannot hold. Anything else is ours.
 */

export type DbFault = 'unique_violation' | 'bad_value';

/** The fault of a PostgreSQL (SQLSTATE) or SQLite (SQLITE_*) error; null for any other error. */
export function dbFault(error: unknown): DbFault | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE') return 'unique_violation';
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return 'unique_violation';
  // SQLSTATE class 22, "data exception": out of range, bad encoding, invalid text representation.
  if (/^22[0-9A-Z]{3}$/.test(code) || code === 'SQLITE_TOOBIG' || code === 'SQLITE_MISMATCH')
    return 'bad_value';
  return null;
}
