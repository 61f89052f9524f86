/** The submitted reports waiting for the office, oldest first. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export function listSubmittedReports(
  db: Kysely<Database>,
  filter: { planId?: number | undefined },
) {
  let query = db
    .selectFrom('reports as r')
    .innerJoin('items as i', 'i.id', 'r.item_id')
    .innerJoin('periods as p', 'p.id', 'r.period_id')
    .innerJoin('plans as pl', 'pl.id', 'i.plan_id')
    .leftJoin('units as u', 'u.id', 'r.author_unit_id')
    .select([
      'r.id as report_id',
      'r.version',
      'i.id as item_id',
      'i.no',
      'i.task',
      'pl.id as plan_id',
      'pl.title as plan_title',
      'p.id as period_id',
      'p.label as period_label',
      'p.due_date',
      'u.name as unit',
      'r.status_label',
      'r.assessment',
      'r.progress',
      'r.expected',
      'r.decided_by',
      'r.discrepancy',
      'r.explanation',
      'r.updated_at',
    ])
    .where('r.state', '=', 'submitted')
    // Submission is the last write of a submitted report, so updated_at is when it arrived.
    .orderBy('r.updated_at')
    .orderBy('r.id');
  if (filter.planId !== undefined) query = query.where('i.plan_id', '=', filter.planId);
  return query.execute();
}
