/** The ledger of target changes: requests and the office's decisions; rows are never deleted. */
import type { Insertable, Kysely } from 'kysely';
import type { Database, TargetChangeTable } from '../db/schema.ts';

type Db = Kysely<Database>;

/** A change's value as stored (JSON in from_value / to_value): the fields of its kind. */
export interface ChangeValue {
  target?: number;
  targetText?: string;
  deadline?: string;
  unitId?: number;
  unit?: string;
}

export async function insertTargetChange(
  db: Db,
  row: Omit<Insertable<TargetChangeTable>, 'id' | 'version'>,
): Promise<number> {
  const inserted = await db
    .insertInto('target_changes')
    .values({ ...row, version: 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export const getTargetChange = (db: Db, id: number) =>
  db.selectFrom('target_changes').selectAll().where('id', '=', id).executeTakeFirst();

/** Changes of items, oldest first; only approved ones when asked. */
export function listTargetChanges(db: Db, itemIds: number[], options: { approved?: boolean } = {}) {
  if (itemIds.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('target_changes')
    .selectAll()
    .where('item_id', 'in', itemIds)
    .orderBy('item_id')
    .orderBy('id');
  if (options.approved) query = query.where('state', '=', 'approved');
  return query.execute();
}

/** Changes awaiting the office's decision, across plans, oldest first. */
export const listRequestedChanges = (db: Db, planId: number) =>
  db
    .selectFrom('target_changes')
    .innerJoin('items', 'items.id', 'target_changes.item_id')
    .selectAll('target_changes')
    .where('items.plan_id', '=', planId)
    .orderBy('target_changes.id')
    .execute();
