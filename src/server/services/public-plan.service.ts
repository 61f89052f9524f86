/** What the public may read of plans: only plans with something published. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Plans with at least one published report, newest year first, with their item counts. */
export async function readPublishedPlans(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('plans')
    .innerJoin('items', 'items.plan_id', 'plans.id')
    .select((eb) => [
      'plans.id',
      'plans.title',
      'plans.year',
      eb.fn.count<number>('items.id').as('itemCount'),
    ])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('reports')
          .innerJoin('items as published_items', 'published_items.id', 'reports.item_id')
          .select('reports.id')
          .whereRef('published_items.plan_id', '=', 'plans.id')
          .where('reports.state', '=', 'published'),
      ),
    )
    .groupBy(['plans.id', 'plans.title', 'plans.year'])
    .orderBy('plans.year', 'desc')
    .orderBy('plans.id', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, itemCount: Number(r.itemCount) }));
}
