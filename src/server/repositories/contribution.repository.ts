/** Co-units' contributions to an item's report, one per unit, item and period. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export interface ContributionFields {
  points: string[];
  actuals: { indicatorId: number; actual: number | null }[];
}

export async function insertContribution(
  db: Db,
  row: {
    itemId: number;
    periodId: number;
    unitId: number;
    userId: number | null;
    at: string;
  } & ContributionFields,
): Promise<number> {
  const inserted = await db
    .insertInto('contributions')
    .values({
      item_id: row.itemId,
      period_id: row.periodId,
      unit_id: row.unitId,
      state: 'draft',
      points: JSON.stringify(row.points),
      actuals: JSON.stringify(row.actuals),
      version: 1,
      updated_by: row.userId,
      updated_at: row.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** A contribution with its unit's name. */
export const getContribution = (db: Db, id: number) =>
  db
    .selectFrom('contributions')
    .innerJoin('units', 'units.id', 'contributions.unit_id')
    .selectAll('contributions')
    .select('units.name as unit')
    .where('contributions.id', '=', id)
    .executeTakeFirst();

/** Contributions of items in one period, with their unit's name, by item then id. */
export const listContributions = (db: Db, itemIds: number[], periodId: number) =>
  itemIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('contributions')
        .innerJoin('units', 'units.id', 'contributions.unit_id')
        .selectAll('contributions')
        .select('units.name as unit')
        .where('contributions.item_id', 'in', itemIds)
        .where('contributions.period_id', '=', periodId)
        .orderBy('contributions.item_id')
        .orderBy('contributions.id')
        .execute();
