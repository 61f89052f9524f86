/** Reports (one item in one period), their numbered points and their version history. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import { now } from '../db/clock.ts';
import type { Database, ReportTable } from '../db/schema.ts';

type Db = Kysely<Database>;

export type ReportFields = Omit<
  Insertable<ReportTable>,
  'id' | 'item_id' | 'period_id' | 'version' | 'updated_at'
>;

export async function insertReport(
  db: Db,
  report: { itemId: number; periodId: number } & ReportFields,
): Promise<number> {
  const { itemId, periodId, ...fields } = report;
  const row = await db
    .insertInto('reports')
    .values({ ...fields, item_id: itemId, period_id: periodId, version: 1, updated_at: now() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export const getReport = (db: Db, id: number) =>
  db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();

export const findReport = (db: Db, itemId: number, periodId: number) =>
  db
    .selectFrom('reports')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('period_id', '=', periodId)
    .executeTakeFirst();

/** Reports of items, optionally one period. */
export const listReportsOfItems = (db: Db, itemIds: number[], periodId?: number) => {
  if (itemIds.length === 0) return Promise.resolve([]);
  let query = db.selectFrom('reports').selectAll().where('item_id', 'in', itemIds);
  if (periodId !== undefined) query = query.where('period_id', '=', periodId);
  return query.execute();
};

/**
 * Writes `fields` and bumps the version only if the stored version is still `version`: the
 * compare-and-set that refuses a stale save in one statement, on both engines.
 */
export async function updateReportIfVersion(
  db: Db,
  id: number,
  version: number,
  fields: Updateable<ReportTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('reports')
    .set({ ...fields, version: version + 1, updated_at: now() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replacePoints(db: Db, reportId: number, points: string[]): Promise<void> {
  await db.deleteFrom('report_points').where('report_id', '=', reportId).execute();
  if (points.length === 0) return;
  await db
    .insertInto('report_points')
    .values(points.map((text, position) => ({ report_id: reportId, position, text })))
    .execute();
}

export const listPoints = (db: Db, reportIds: number[]) =>
  reportIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('report_points')
        .selectAll()
        .where('report_id', 'in', reportIds)
        .orderBy('report_id')
        .orderBy('position')
        .execute();

/** Records the state a report had at `version`, for its history. */
export async function insertReportVersion(
  db: Db,
  row: {
    reportId: number;
    version: number;
    state: string;
    snapshot: unknown;
    userId: number | null;
  },
): Promise<void> {
  await db
    .insertInto('report_versions')
    .values({
      report_id: row.reportId,
      version: row.version,
      state: row.state,
      snapshot: JSON.stringify(row.snapshot),
      user_id: row.userId,
      created_at: now(),
    })
    .execute();
}

/** A report's versions, oldest first, with the name of whoever made each. */
export const listReportVersions = (db: Db, reportId: number) =>
  db
    .selectFrom('report_versions as v')
    .leftJoin('users as u', 'u.id', 'v.user_id')
    .select(['v.version', 'v.state', 'v.snapshot', 'v.created_at', 'u.name as user_name'])
    .where('v.report_id', '=', reportId)
    .orderBy('v.version')
    .orderBy('v.id')
    .execute();

/** Every report of a period with its state and version, in item order. */
export const listReportsOfPeriod = (db: Db, periodId: number) =>
  db
    .selectFrom('reports as r')
    .innerJoin('items as i', 'i.id', 'r.item_id')
    .select(['r.id', 'r.state', 'r.version', 'r.item_id'])
    .where('r.period_id', '=', periodId)
    .orderBy('i.position')
    .execute();
