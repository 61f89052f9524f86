/**
 * Writes and lookups of many rows at once, for imports: one statement per few thousand rows
 * instead of one per row, so an import of 20,000 items holds the write lock for a moment, not a
 * minute. Statements are cut to stay under the engines' bound-parameter limits (SQLite 32,766,
 * PostgreSQL 65,535).
 */
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

const MAX_PARAMETERS = 30_000;

/** `rows` in slices of at most `size`. */
export function slices<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Slices of rows whose bound parameters fit one statement. */
const statementSlices = <T extends object>(rows: readonly T[]) =>
  slices(
    rows,
    Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, Object.keys(rows[0] ?? {}).length))),
  );

type Table = keyof Database;

/** Inserts `rows` into `table`, as few statements as the parameter limit allows. */
export async function insertRows<T extends Table>(
  db: Db,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  for (const slice of statementSlices(rows)) {
    await db
      .insertInto(table)
      // biome-ignore lint/suspicious/noExplicitAny: Kysely cannot type an insert into a generic table
      .values(slice as any)
      .execute();
  }
}

/** Inserts `rows` into `table` and returns the columns asked for (in no promised order). */
export async function insertReturning<T extends Table, K extends string>(
  db: Db,
  table: T,
  rows: Insertable<Database[T]>[],
  columns: readonly K[],
): Promise<Record<K, unknown>[]> {
  const out: Record<K, unknown>[] = [];
  for (const slice of statementSlices(rows)) {
    const returned = await db
      .insertInto(table)
      // biome-ignore lint/suspicious/noExplicitAny: as above, a generic table
      .values(slice as any)
      // biome-ignore lint/suspicious/noExplicitAny: as above, a generic table
      .returning(columns as any)
      .execute();
    out.push(...(returned as Record<K, unknown>[]));
  }
  return out;
}

/** Ids of the units or leaders with these names, creating the missing ones (named in `created`). */
export async function findOrCreateNamed(
  db: Db,
  table: 'units' | 'leaders',
  names: Iterable<string>,
): Promise<{ ids: Map<string, number>; created: string[] }> {
  const wanted = [...new Set(names)];
  const ids = new Map<string, number>();
  for (const slice of slices(wanted, MAX_PARAMETERS)) {
    const rows = await db
      .selectFrom(table)
      .select(['id', 'name'])
      .where('name', 'in', slice)
      .execute();
    for (const row of rows) ids.set(row.name, row.id);
  }
  const missing = wanted.filter((name) => !ids.has(name)).map((name) => ({ name }));
  for (const row of await insertReturning(db, table, missing, ['id', 'name'] as const))
    ids.set(row.name as string, Number(row.id));
  return { ids, created: missing.map((m) => m.name) };
}

const personKey = (unitId: number, name: string) => `${unitId}\u0000${name}`;

/** Ids of the people (unit, name), creating the missing ones; keyed by `personKey`. */
export async function findOrCreatePeople(
  db: Db,
  people: { unitId: number; name: string }[],
): Promise<(unitId: number, name: string) => number | null> {
  const ids = new Map<string, number>();
  const units = [...new Set(people.map((p) => p.unitId))];
  for (const slice of slices(units, MAX_PARAMETERS)) {
    const rows = await db
      .selectFrom('people')
      .select(['id', 'unit_id', 'name'])
      .where('unit_id', 'in', slice)
      .execute();
    for (const row of rows) ids.set(personKey(row.unit_id, row.name), row.id);
  }
  const missing = new Map<string, { unit_id: number; name: string }>();
  for (const p of people) {
    const key = personKey(p.unitId, p.name);
    if (!ids.has(key)) missing.set(key, { unit_id: p.unitId, name: p.name });
  }
  const created = await insertReturning(db, 'people', [...missing.values()], [
    'id',
    'unit_id',
    'name',
  ] as const);
  for (const row of created)
    ids.set(personKey(Number(row.unit_id), row.name as string), Number(row.id));
  return (unitId, name) => ids.get(personKey(unitId, name)) ?? null;
}

/** Rows selected by an `in` list of any length, a slice per statement. */
export async function selectIn<R>(
  ids: readonly number[],
  select: (slice: number[]) => Promise<R[]>,
): Promise<R[]> {
  const out: R[] = [];
  for (const slice of slices(ids, MAX_PARAMETERS)) out.push(...(await select(slice)));
  return out;
}
