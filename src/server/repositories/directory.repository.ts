/**
 * Units, their people and the city leaders: names that recur across plans, so they are stored
 * once and found by name ("find or create").
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

/**
 * The id of the unit or leader named `name`, created when new; `created` says which. Only
 * imports find-or-create: a table names its units and leaders, and the import adds them.
 */
async function upsertNamed(db: Db, table: 'units' | 'leaders', name: string) {
  const found = await findNamed(db, table, name);
  if (found) return { id: found.id, created: false };
  return { id: await insertNamed(db, table, name), created: true };
}

export const upsertUnit = (db: Db, name: string) => upsertNamed(db, 'units', name);
export const upsertLeader = (db: Db, name: string) => upsertNamed(db, 'leaders', name);

/** The id of the person `name` of unit `unitId`, created when new. */
export async function upsertPerson(db: Db, unitId: number, name: string): Promise<number> {
  return (await findPerson(db, unitId, name))?.id ?? (await insertPerson(db, unitId, name));
}

export const findUnitByName = (db: Db, name: string) =>
  db.selectFrom('units').selectAll().where('name', '=', name).executeTakeFirst();

export const findLeaderByName = (db: Db, name: string) =>
  db.selectFrom('leaders').selectAll().where('name', '=', name).executeTakeFirst();

export const listUnits = (db: Db) => db.selectFrom('units').selectAll().orderBy('name').execute();

export const listLeaders = (db: Db) =>
  db.selectFrom('leaders').selectAll().orderBy('name').execute();

export const listPeople = (db: Db, unitId?: number) => {
  let query = db.selectFrom('people').selectAll().orderBy('unit_id').orderBy('name');
  if (unitId !== undefined) query = query.where('unit_id', '=', unitId);
  return query.execute();
};

/** Names of the units with these ids. */
export async function unitNames(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('units')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The tables of names the office keeps: a unit, a person of a unit, a leader. */
export type NameTable = 'units' | 'people' | 'leaders';

export const getNamed = (db: Db, table: NameTable, id: number) =>
  db.selectFrom(table).select(['id', 'name', 'version']).where('id', '=', id).executeTakeFirst();

/** The unit or leader called `name`, if any. */
export const findNamed = (db: Db, table: 'units' | 'leaders', name: string) =>
  db
    .selectFrom(table)
    .select(['id', 'name', 'version'])
    .where('name', '=', name)
    .executeTakeFirst();

/** The person of unit `unitId` called `name`, if any. */
export const findPerson = (db: Db, unitId: number, name: string) =>
  db
    .selectFrom('people')
    .select(['id', 'name', 'version', 'unit_id'])
    .where('unit_id', '=', unitId)
    .where('name', '=', name)
    .executeTakeFirst();

/** A new unit or leader; the caller has checked the name is free. */
export async function insertNamed(db: Db, table: 'units' | 'leaders', name: string) {
  return (await db.insertInto(table).values({ name }).returning('id').executeTakeFirstOrThrow()).id;
}

/** A new person of a unit; the caller has checked the name is free in the unit. */
export async function insertPerson(db: Db, unitId: number, name: string) {
  return (
    await db
      .insertInto('people')
      .values({ unit_id: unitId, name })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

/** Renames a row if `version` is still current; false when it is not. */
export async function renameIfVersion(
  db: Db,
  table: NameTable,
  id: number,
  version: number,
  name: string,
): Promise<boolean> {
  const result = await db
    .updateTable(table)
    .set({ name, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export const getPerson = (db: Db, id: number) =>
  db
    .selectFrom('people')
    .select(['id', 'name', 'version', 'unit_id'])
    .where('id', '=', id)
    .executeTakeFirst();
