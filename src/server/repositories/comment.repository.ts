/** Citizens' comments on items: stored, moderated, assigned, answered. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import { now } from '../db/clock.ts';
import type { CommentTable, Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export type CommentStateName = 'pending' | 'approved' | 'rejected';

export async function insertComment(
  db: Db,
  row: Omit<Insertable<CommentTable>, 'id' | 'version' | 'created_at' | 'state'>,
): Promise<number> {
  const inserted = await db
    .insertInto('comments')
    .values({ ...row, state: 'pending', version: 1, created_at: now() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** A comment with its item's number, task and lead unit, and the assigned unit's name. */
const withItem = (db: Db) =>
  db
    .selectFrom('comments as c')
    .innerJoin('items as i', 'i.id', 'c.item_id')
    .leftJoin('units as u', 'u.id', 'c.assigned_unit_id')
    .selectAll('c')
    .select([
      'i.no as item_no',
      'i.task as item_task',
      'i.lead_unit_id as item_lead_unit_id',
      'u.name as assigned_unit',
    ]);

export type CommentRow = Awaited<ReturnType<typeof getComment>> & {};

export const getComment = (db: Db, id: number) =>
  withItem(db).where('c.id', '=', id).executeTakeFirst();

export const findCommentByTracking = (db: Db, trackingNumber: string) =>
  withItem(db).where('c.tracking_number', '=', trackingNumber).executeTakeFirst();

/** An item's comments the office has let through, newest first. */
export const listApprovedComments = (db: Db, itemId: number) =>
  db
    .selectFrom('comments')
    .select(['created_at', 'rating', 'body', 'answer', 'answered_at'])
    .where('item_id', '=', itemId)
    .where('state', '=', 'approved')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();

export interface CommentFilter {
  states?: CommentStateName[];
  /** Only comments without a published answer. */
  unanswered?: boolean;
  /** Only comments assigned to this unit. */
  unitId?: number;
  planId?: number;
  limit: number;
}

/** The moderation queue: oldest first, so the longest-waiting citizen is answered first. */
export function listComments(db: Db, filter: CommentFilter) {
  let query = withItem(db);
  if (filter.states?.length) query = query.where('c.state', 'in', filter.states);
  if (filter.unanswered) query = query.where('c.answer', 'is', null);
  if (filter.unitId !== undefined) query = query.where('c.assigned_unit_id', '=', filter.unitId);
  if (filter.planId !== undefined) query = query.where('c.plan_id', '=', filter.planId);
  return query.orderBy('c.created_at').orderBy('c.id').limit(filter.limit).execute();
}

/** Writes `fields` when the stored version is still `version` (and bumps it); false otherwise. */
export async function updateCommentIfVersion(
  db: Db,
  id: number,
  version: number,
  fields: Updateable<CommentTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('comments')
    .set({ ...fields, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
