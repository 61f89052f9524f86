/**
 * Aggregates of one plan's reports in one period, grouped in SQL over the assessment stored with
 * each report: the dashboard never loads the reports themselves.
 */
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export interface Scope {
  planId: number;
  periodId: number;
  states: readonly string[];
  /** A leader's dashboard counts only the items the leader supervises. */
  leaderId?: number | undefined;
}

/** Items `i` supervised by the leader, or every item when there is none. */
export const supervised =
  (leaderId: number | undefined) =>
  (eb: ExpressionBuilder<Database & { i: Database['items'] }, 'i'>) =>
    leaderId === undefined
      ? eb.lit(true)
      : eb.exists(
          eb
            .selectFrom('item_leaders as sl')
            .select('sl.item_id')
            .whereRef('sl.item_id', '=', 'i.id')
            .where('sl.leader_id', '=', leaderId),
        );

/** The period's reports the scope may count: the dashboard's base query. */
export const reportsOf = (db: Db, s: Scope) =>
  db
    .selectFrom('reports as r')
    .innerJoin('items as i', 'i.id', 'r.item_id')
    .where('i.plan_id', '=', s.planId)
    .where('r.period_id', '=', s.periodId)
    .where('r.state', 'in', [...s.states])
    .where(supervised(s.leaderId));

/** Counts by category × assessment × claim: totals by assessment and by claim add up from it. */
export const countByCategory = (db: Db, s: Scope) =>
  reportsOf(db, s)
    .select([
      'i.category_id as id',
      'r.assessment',
      'r.status_claim as claim',
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .groupBy(['i.category_id', 'r.assessment', 'r.status_claim'])
    .execute();

/** Counts by leader × assessment, with the leader's name (no second round trip for names). */
export const countByLeader = (db: Db, s: Scope) =>
  reportsOf(db, s)
    .innerJoin('item_leaders as l', 'l.item_id', 'i.id')
    .innerJoin('leaders as who', 'who.id', 'l.leader_id')
    .select([
      'l.leader_id as id',
      'who.name',
      'r.assessment',
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .groupBy(['l.leader_id', 'who.name', 'r.assessment'])
    .execute();

/** Counts by responsible unit × assessment, with the unit's name. */
export const countByUnit = (db: Db, s: Scope) =>
  reportsOf(db, s)
    .innerJoin('responsibilities as u', 'u.item_id', 'i.id')
    .innerJoin('units as who', 'who.id', 'u.unit_id')
    .select([
      'u.unit_id as id',
      'who.name',
      'r.assessment',
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .groupBy(['u.unit_id', 'who.name', 'r.assessment'])
    .execute();

export const listDiscrepancies = (db: Db, s: Scope) =>
  reportsOf(db, s)
    .leftJoin('units as lead', 'lead.id', 'i.lead_unit_id')
    .select([
      'i.id as item_id',
      'i.no',
      'i.task',
      'lead.name as lead_unit',
      'r.id as report_id',
      'r.discrepancy',
      'r.status_label',
      'r.decided_by',
      'r.progress',
      'r.expected',
      'r.explanation',
    ])
    .where('r.discrepancy', 'is not', null)
    .orderBy('i.position')
    .execute();

export async function countItems(db: Db, planId: number, leaderId?: number): Promise<number> {
  const row = await db
    .selectFrom('items as i')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('i.plan_id', '=', planId)
    .where(supervised(leaderId))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Items of open periods past their due date whose report is missing or still with the unit
 * (draft, returned): whom to chase (催报).
 */
export const listOverdue = (db: Db, planId: number, today: string, leaderId?: number) =>
  db
    .selectFrom('periods as p')
    .innerJoin('items as i', 'i.plan_id', 'p.plan_id')
    .leftJoin('reports as r', (join) =>
      join.onRef('r.item_id', '=', 'i.id').onRef('r.period_id', '=', 'p.id'),
    )
    .select(['p.id as period_id', 'p.label', 'p.due_date', 'i.id as item_id', 'i.no', 'r.state'])
    .where('p.plan_id', '=', planId)
    .where('p.is_open', '=', 1)
    .where('p.due_date', '<', today)
    .where(supervised(leaderId))
    .where((eb) => eb.or([eb('r.id', 'is', null), eb('r.state', 'in', ['draft', 'returned'])]))
    .orderBy('p.end_date')
    .orderBy('i.position')
    .execute();
