/** Supervision notices (督办单) and leaders' instructions. */
import type { Insertable, Kysely } from 'kysely';
import type { Database, NoticeTable } from '../db/schema.ts';

type Db = Kysely<Database>;

/**
 * Inserts a notice unless one with its dedupe key exists (insert-or-ignore, atomic on both
 * engines); the new id, or null when it was already there.
 */
export async function insertNoticeIfNew(
  db: Db,
  row: Omit<Insertable<NoticeTable>, 'id' | 'version'>,
): Promise<number | null> {
  const inserted = await db
    .insertInto('notices')
    .values({ ...row, version: 1 })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id ?? null;
}

/** Notices with their item's number, task and plan, and the period's label. */
const withItem = (db: Db) =>
  db
    .selectFrom('notices')
    .innerJoin('items', 'items.id', 'notices.item_id')
    .leftJoin('periods', 'periods.id', 'notices.period_id')
    .leftJoin('units', 'units.id', 'notices.unit_id')
    .leftJoin('instructions', 'instructions.id', 'notices.instruction_id')
    .selectAll('notices')
    .select([
      'items.no as item_no',
      'items.task as item_task',
      'items.plan_id as plan_id',
      'periods.label as period_label',
      'units.name as unit_name',
      'instructions.text as instruction_text',
      'instructions.given_on as instruction_given_on',
      'instructions.leader_id as instruction_leader_id',
    ]);

export type NoticeRow = Awaited<ReturnType<typeof getNotice>> & {};

export const getNotice = (db: Db, id: number) =>
  withItem(db).where('notices.id', '=', id).executeTakeFirst();

/** A plan's notices, newest first, narrowed to one unit's when asked. */
export function listNotices(db: Db, filter: { planId: number; unitId?: number }) {
  let query = withItem(db).where('items.plan_id', '=', filter.planId).orderBy('notices.id', 'desc');
  if (filter.unitId !== undefined) query = query.where('notices.unit_id', '=', filter.unitId);
  return query.execute();
}

export async function insertInstruction(
  db: Db,
  row: {
    itemId: number;
    leaderId: number | null;
    text: string;
    givenOn: string;
    recordedBy: number | null;
    at: string;
  },
): Promise<number> {
  const inserted = await db
    .insertInto('instructions')
    .values({
      item_id: row.itemId,
      leader_id: row.leaderId,
      text: row.text,
      given_on: row.givenOn,
      recorded_by: row.recordedBy,
      created_at: row.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export const listInstructions = (db: Db, itemId: number) =>
  db
    .selectFrom('instructions')
    .leftJoin('leaders', 'leaders.id', 'instructions.leader_id')
    .selectAll('instructions')
    .select('leaders.name as leader')
    .where('instructions.item_id', '=', itemId)
    .orderBy('instructions.id', 'desc')
    .execute();
