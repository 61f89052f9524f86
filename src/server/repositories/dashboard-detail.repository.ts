/**
 * The cockpit beyond the counts, still one grouped query each: completion per category, the
 * items without a report, the period before and how each item moved since, and the figures of
 * the indicators that decided the discrepancies.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import { reportsOf, type Scope, supervised } from './dashboard.repository.ts';

type Db = Kysely<Database>;

/**
 * Per category: the mean completion of its items' deciding indicators, each capped at 100% so
 * one item far ahead does not hide one behind, and the mean 序时 expectation.
 */
export const progressByCategory = (db: Db, s: Scope) =>
  reportsOf(db, s)
    .where('r.progress', 'is not', null)
    .select([
      'i.category_id as id',
      sql<number>`avg(case when r.progress > 1 then 1 else r.progress end)`.as('progress'),
      sql<number>`avg(r.expected)`.as('expected'),
      (eb) => eb.fn.countAll<number>().as('measured'),
    ])
    .groupBy('i.category_id')
    .execute();

/** Items of the plan without a report the caller may see in the period. */
export const listMissing = (db: Db, s: Scope) =>
  db
    .selectFrom('items as i')
    .leftJoin('reports as r', (join) =>
      join
        .onRef('r.item_id', '=', 'i.id')
        .on('r.period_id', '=', s.periodId)
        .on('r.state', 'in', [...s.states]),
    )
    .leftJoin('units as lead', 'lead.id', 'i.lead_unit_id')
    .select(['i.id as item_id', 'i.no', 'i.task', 'lead.name as lead_unit'])
    .where('i.plan_id', '=', s.planId)
    .where('r.id', 'is', null)
    .where(supervised(s.leaderId))
    .orderBy('i.position')
    .execute();

/** The plan's period that ended last before `end`. */
export const findPreviousPeriod = (db: Db, planId: number, end: string) =>
  db
    .selectFrom('periods')
    .select(['id', 'label', 'end_date'])
    .where('plan_id', '=', planId)
    .where('end_date', '<', end)
    .orderBy('end_date', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();

/** Each item's assessment this period beside the previous period's (null when it had none). */
export const listAssessmentPairs = (db: Db, s: Scope, previousId: number) =>
  db
    .selectFrom('reports as r')
    .innerJoin('items as i', 'i.id', 'r.item_id')
    .leftJoin('reports as before', (join) =>
      join
        .onRef('before.item_id', '=', 'i.id')
        .on('before.period_id', '=', previousId)
        .on('before.state', 'in', [...s.states]),
    )
    .select([
      'i.id as item_id',
      'i.no',
      'i.task',
      'r.assessment as status',
      'r.progress',
      'before.assessment as previous_status',
      'before.progress as previous_progress',
    ])
    .where('i.plan_id', '=', s.planId)
    .where('r.period_id', '=', s.periodId)
    .where('r.state', 'in', [...s.states])
    .where(supervised(s.leaderId))
    .orderBy('i.position')
    .execute();

/** The stored figures of these reports' indicators, with their targets and units. */
export const listFigures = (db: Db, reportIds: number[]) =>
  reportIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('indicator_actuals as a')
        .innerJoin('indicators as x', 'x.id', 'a.indicator_id')
        .select(['a.report_id', 'a.actual', 'x.what', 'x.target', 'x.unit'])
        .where('a.report_id', 'in', reportIds)
        .execute();
