/** Deputies' supervision of items: the group per item, site visits, suggestions and answers. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, SiteVisitTable, SuggestionTable } from '../db/schema.ts';
import { updateIfVersion } from './versioned.ts';

type Db = Kysely<Database>;

export const listMembers = (db: Db, itemId: number) =>
  db
    .selectFrom('supervision_members')
    .innerJoin('users', 'users.id', 'supervision_members.user_id')
    .select(['users.id', 'users.name', 'users.role', 'supervision_members.is_head'])
    .where('supervision_members.item_id', '=', itemId)
    .orderBy('supervision_members.is_head', 'desc')
    .orderBy('users.name')
    .execute();

export async function replaceMembers(
  db: Db,
  itemId: number,
  members: { userId: number; head: boolean }[],
): Promise<void> {
  await db.deleteFrom('supervision_members').where('item_id', '=', itemId).execute();
  if (members.length > 0)
    await db
      .insertInto('supervision_members')
      .values(members.map((m) => ({ item_id: itemId, user_id: m.userId, is_head: m.head ? 1 : 0 })))
      .execute();
}

export async function isMember(db: Db, itemId: number, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('supervision_members')
    .select('user_id')
    .where('item_id', '=', itemId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export const usersByIds = (db: Db, ids: number[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db.selectFrom('users').select(['id', 'name', 'role']).where('id', 'in', ids).execute();

export async function insertVisit(db: Db, row: Insertable<SiteVisitTable>): Promise<number> {
  const { id } = await db
    .insertInto('site_visits')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export const getVisit = (db: Db, id: number) =>
  db.selectFrom('site_visits').selectAll().where('id', '=', id).executeTakeFirst();

export const listVisits = (db: Db, itemId: number) =>
  db
    .selectFrom('site_visits')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('visited_on', 'desc')
    .orderBy('id', 'desc')
    .execute();

export async function insertSuggestion(db: Db, row: Insertable<SuggestionTable>): Promise<number> {
  const { id } = await db
    .insertInto('suggestions')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export const getSuggestion = (db: Db, id: number) =>
  db.selectFrom('suggestions').selectAll().where('id', '=', id).executeTakeFirst();

export function listSuggestions(db: Db, filter: { itemIds?: number[]; unanswered?: boolean }) {
  let query = db.selectFrom('suggestions').selectAll();
  if (filter.itemIds) {
    if (filter.itemIds.length === 0) return Promise.resolve([]);
    query = query.where('item_id', 'in', filter.itemIds);
  }
  if (filter.unanswered) query = query.where('answered_at', 'is', null);
  return query.orderBy('id').execute();
}

export const updateSuggestion = (
  db: Db,
  row: { id: number; version: number },
  fields: Updateable<Database['suggestions']>,
) => updateIfVersion(db, 'suggestions', row, fields);

/** Items a unit leads (or, without a lead unit, is on): the suggestions it answers. */
export async function itemsLedBy(db: Db, unitId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('items')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('lead_unit_id', '=', unitId),
        eb.and([
          eb('lead_unit_id', 'is', null),
          eb.exists(
            eb
              .selectFrom('responsibilities')
              .select('responsibilities.item_id')
              .whereRef('responsibilities.item_id', '=', 'items.id')
              .where('responsibilities.unit_id', '=', unitId),
          ),
        ]),
      ]),
    )
    .execute();
  return rows.map((r) => r.id);
}

/** Items whose supervision group the deputy is in. */
export async function itemsOfMember(db: Db, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('supervision_members')
    .select('item_id')
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => r.item_id);
}

/** Deputies' accounts that are enabled, by name: who may join a group. */
export const listDeputies = (db: Db) =>
  db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('role', '=', 'deputy')
    .where('disabled', '=', 0)
    .orderBy('name')
    .execute();
