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

/**
 * Writes `fields` and bumps the version; with `version`, only if it is still current (false when
 * it is not). The publication fields are set by the period's publish and unpublish only.
 */
export async function updatePeriod(
  db: Db,
  id: number,
  fields: {
    dueDate?: string | null;
    open?: boolean;
    publishedAt?: string | null;
    publishedBy?: string | null;
  },
  version?: number,
): Promise<boolean> {
  let query = db
    .updateTable('periods')
    .set((eb) => ({
      ...(fields.dueDate !== undefined ? { due_date: fields.dueDate } : {}),
      ...(fields.open !== undefined ? { is_open: fields.open ? 1 : 0 } : {}),
      ...(fields.publishedAt !== undefined ? { published_at: fields.publishedAt } : {}),
      ...(fields.publishedBy !== undefined ? { published_by: fields.publishedBy } : {}),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id);
  if (version !== undefined) query = query.where('version', '=', version);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
