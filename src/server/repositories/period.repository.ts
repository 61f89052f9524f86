/** Reporting periods of a plan. */
import type { Kysely } from 'kysely';
import { now } from '../db/clock.ts';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export interface NewPeriod {
  planId: number;
  label: string;
  start: string;
  end: string;
  dueDate: string | null;
  open: boolean;
  sourceTitle: string | null;
  warnings: unknown[];
}

export async function insertPeriod(db: Db, period: NewPeriod): Promise<number> {
  const row = await db
    .insertInto('periods')
    .values({
      plan_id: period.planId,
      label: period.label,
      start_date: period.start,
      end_date: period.end,
      due_date: period.dueDate,
      is_open: period.open ? 1 : 0,
      source_title: period.sourceTitle,
      warnings: JSON.stringify(period.warnings),
      created_at: now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export const getPeriod = (db: Db, id: number) =>
  db.selectFrom('periods').selectAll().where('id', '=', id).executeTakeFirst();

export const findPeriodByLabel = (db: Db, planId: number, label: string) =>
  db
    .selectFrom('periods')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('label', '=', label)
    .executeTakeFirst();

/** A plan's periods, latest end first. */
export const listPeriods = (db: Db, planId: number) =>
  db
    .selectFrom('periods')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('end_date', 'desc')
    .orderBy('id', 'desc')
    .execute();

export async function updatePeriod(
  db: Db,
  id: number,
  fields: { dueDate?: string | null; open?: boolean },
): Promise<void> {
  const set = {
    ...(fields.dueDate !== undefined ? { due_date: fields.dueDate } : {}),
    ...(fields.open !== undefined ? { is_open: fields.open ? 1 : 0 } : {}),
  };
  // Nothing to change is no statement: `UPDATE … SET` with no column is invalid SQL.
  if (Object.keys(set).length === 0) return;
  await db.updateTable('periods').set(set).where('id', '=', id).execute();
}
