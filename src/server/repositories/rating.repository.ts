/** Rating sessions, the deputies' ratings and the public's, kept in separate tables. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, DeputyRatingTable, RatingSessionTable } from '../db/schema.ts';
import { updateIfVersion } from './versioned.ts';

type Db = Kysely<Database>;

export async function insertRatingSession(
  db: Db,
  row: Insertable<RatingSessionTable>,
): Promise<number> {
  const { id } = await db
    .insertInto('rating_sessions')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export const getRatingSession = (db: Db, id: number) =>
  db.selectFrom('rating_sessions').selectAll().where('id', '=', id).executeTakeFirst();

export const listRatingSessions = (db: Db) =>
  db.selectFrom('rating_sessions').selectAll().orderBy('id', 'desc').execute();

export const updateRatingSession = (
  db: Db,
  row: { id: number; version: number },
  fields: Updateable<Database['rating_sessions']>,
) => updateIfVersion(db, 'rating_sessions', row, fields);

/** The plan's items in their order: what a rating session rates. */
export const planItems = (db: Db, planId: number) =>
  db
    .selectFrom('items')
    .select(['id', 'no', 'task', 'lead_unit_id', 'position'])
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();

export async function insertDeputyRatings(
  db: Db,
  rows: Insertable<DeputyRatingTable>[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto('deputy_ratings').values(rows).execute();
}

export async function ratedItemsOf(db: Db, sessionId: number, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('deputy_ratings')
    .select('item_id')
    .where('session_id', '=', sessionId)
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => r.item_id);
}

/** Ratings counted per item and grade. */
async function countsOf(
  db: Db,
  table: 'deputy_ratings' | 'public_ratings',
  sessionId: number,
): Promise<{ item_id: number; grade: string; n: number }[]> {
  const rows = await db
    .selectFrom(table)
    .select((eb) => ['item_id', 'grade', eb.fn.countAll().as('n')])
    .where('session_id', '=', sessionId)
    .groupBy(['item_id', 'grade'])
    .execute();
  return rows.map((r) => ({ item_id: r.item_id, grade: r.grade, n: Number(r.n) }));
}

export const deputyCounts = (db: Db, sessionId: number) =>
  countsOf(db, 'deputy_ratings', sessionId);
export const publicCounts = (db: Db, sessionId: number) =>
  countsOf(db, 'public_ratings', sessionId);

export async function insertPublicRating(
  db: Db,
  row: { session_id: number; item_id: number; grade: string; rated_at: string },
): Promise<void> {
  await db.insertInto('public_ratings').values(row).execute();
}
