/** Jurisdictions, plans and their categories. */
import type { Kysely } from 'kysely';
import { now } from '../db/clock.ts';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

/** The id of the jurisdiction named `name`, created when new. */
export async function upsertJurisdiction(db: Db, name: string): Promise<number> {
  const found = await db
    .selectFrom('jurisdictions')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirst();
  if (found) return found.id;
  return (
    await db.insertInto('jurisdictions').values({ name }).returning('id').executeTakeFirstOrThrow()
  ).id;
}

/** The plan with this identity (jurisdiction, title, year), if stored. */
export const findPlanByIdentity = (
  db: Db,
  key: { jurisdictionId: number; title: string; year: number },
) =>
  db
    .selectFrom('plans')
    .selectAll()
    .where('jurisdiction_id', '=', key.jurisdictionId)
    .where('title', '=', key.title)
    .where('year', '=', key.year)
    .executeTakeFirst();

export async function insertPlan(
  db: Db,
  plan: { jurisdictionId: number; title: string; year: number; declaredItemCount: number | null },
): Promise<number> {
  const row = await db
    .insertInto('plans')
    .values({
      jurisdiction_id: plan.jurisdictionId,
      title: plan.title,
      year: plan.year,
      declared_item_count: plan.declaredItemCount,
      created_at: now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const planColumns = (db: Db) =>
  db
    .selectFrom('plans')
    .innerJoin('jurisdictions', 'jurisdictions.id', 'plans.jurisdiction_id')
    .select([
      'plans.id',
      'plans.title',
      'plans.year',
      'plans.declared_item_count',
      'plans.created_at',
      'plans.version',
      'jurisdictions.name as jurisdiction',
    ]);

export const listPlans = (db: Db) =>
  planColumns(db).orderBy('plans.year', 'desc').orderBy('plans.id').execute();

export const getPlan = (db: Db, id: number) =>
  planColumns(db).where('plans.id', '=', id).executeTakeFirst();

export const listCategories = (db: Db, planId: number) =>
  db
    .selectFrom('categories')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();

export async function insertCategory(
  db: Db,
  category: { planId: number; position: number; ordinal: string | null; title: string | null },
): Promise<number> {
  const row = await db
    .insertInto('categories')
    .values({
      plan_id: category.planId,
      position: category.position,
      ordinal: category.ordinal,
      title: category.title,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Writes a plan's title and declared count if `version` is still current; false when not. */
export async function updatePlanIfVersion(
  db: Db,
  id: number,
  version: number,
  fields: { title?: string; declared_item_count?: number | null },
): Promise<boolean> {
  const result = await db
    .updateTable('plans')
    .set({ ...fields, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
