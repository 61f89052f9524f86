/** Items with their leaders, responsibilities and indicators. */
import type { Kysely } from 'kysely';
import { now } from '../db/clock.ts';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export interface NewItem {
  planId: number;
  categoryId: number;
  position: number;
  no: string;
  task: string;
  leadUnitId: number | null;
  start: string;
  deadline: string;
}

export async function insertItem(db: Db, item: NewItem): Promise<number> {
  const row = await db
    .insertInto('items')
    .values({
      plan_id: item.planId,
      category_id: item.categoryId,
      position: item.position,
      no: item.no,
      task: item.task,
      lead_unit_id: item.leadUnitId,
      start_date: item.start,
      deadline: item.deadline,
      version: 1,
      updated_at: now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertItemLeaders(
  db: Db,
  itemId: number,
  leaderIds: number[],
): Promise<void> {
  const unique = [...new Set(leaderIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('item_leaders')
    .values(
      unique.map((leaderId, position) => ({ item_id: itemId, leader_id: leaderId, position })),
    )
    .execute();
}

export async function insertResponsibilities(
  db: Db,
  itemId: number,
  rows: { unitId: number; personId: number | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('responsibilities')
    .values(
      rows.map((r, position) => ({
        item_id: itemId,
        position,
        unit_id: r.unitId,
        person_id: r.personId,
      })),
    )
    .execute();
}

export const getItem = (db: Db, id: number) =>
  db.selectFrom('items').selectAll().where('id', '=', id).executeTakeFirst();

export const findItemByNo = (db: Db, planId: number, no: string) =>
  db
    .selectFrom('items')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('no', '=', no)
    .executeTakeFirst();

export const listItemLeaders = (db: Db, itemIds: number[]) =>
  itemIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('item_leaders')
        .innerJoin('leaders', 'leaders.id', 'item_leaders.leader_id')
        .select(['item_leaders.item_id', 'leaders.id', 'leaders.name'])
        .where('item_leaders.item_id', 'in', itemIds)
        .orderBy('item_leaders.item_id')
        .orderBy('item_leaders.position')
        .execute();

export const listResponsibilities = (db: Db, itemIds: number[]) =>
  itemIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('responsibilities')
        .innerJoin('units', 'units.id', 'responsibilities.unit_id')
        .leftJoin('people', 'people.id', 'responsibilities.person_id')
        .select([
          'responsibilities.item_id',
          'units.id as unit_id',
          'units.name as unit',
          'people.name as person',
        ])
        .where('responsibilities.item_id', 'in', itemIds)
        .orderBy('responsibilities.item_id')
        .orderBy('responsibilities.position')
        .execute();

/** Updates the editable fields when `version` is still current; false when it is not. */
export async function updateItemIfVersion(
  db: Db,
  id: number,
  version: number,
  fields: { task?: string; deadline?: string; lead_unit_id?: number | null },
): Promise<boolean> {
  const result = await db
    .updateTable('items')
    .set({ ...fields, version: version + 1, updated_at: now() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The units on an item (responsible or leading), its lead unit and its leaders: what access is decided from. */
export async function getItemAccess(
  db: Db,
  itemId: number,
): Promise<{ unitIds: number[]; leaderIds: number[]; leadUnitId: number | null }> {
  const [units, leaders, item] = await Promise.all([
    db.selectFrom('responsibilities').select('unit_id').where('item_id', '=', itemId).execute(),
    db.selectFrom('item_leaders').select('leader_id').where('item_id', '=', itemId).execute(),
    db.selectFrom('items').select('lead_unit_id').where('id', '=', itemId).executeTakeFirst(),
  ]);
  const unitIds = units.map((u) => u.unit_id);
  if (item?.lead_unit_id) unitIds.push(item.lead_unit_id);
  return {
    unitIds,
    leaderIds: leaders.map((l) => l.leader_id),
    leadUnitId: item?.lead_unit_id ?? null,
  };
}

/** Replaces an item's leaders and responsible units (with their people), in the order given. */
export async function replaceItemPeople(
  db: Db,
  itemId: number,
  people: { leaderIds: number[]; responsibilities: { unitId: number; personId: number | null }[] },
): Promise<void> {
  await db.deleteFrom('item_leaders').where('item_id', '=', itemId).execute();
  await db.deleteFrom('responsibilities').where('item_id', '=', itemId).execute();
  await insertItemLeaders(db, itemId, people.leaderIds);
  await insertResponsibilities(db, itemId, people.responsibilities);
}
