/**
 * Publications: each report's published contents with their dates, the periods published as a
 * whole, and the revision counter of everything public.
 */
import type { CompiledQuery, Kysely } from 'kysely';
import { now } from '../db/clock.ts';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

/** Published reports (of these reports, or of this period) whose current version has no record. */
export function listUnrecordedPublished(
  db: Db,
  scope: { reportIds?: number[]; periodId?: number },
) {
  let query = db
    .selectFrom('reports as r')
    .selectAll('r')
    .where('r.state', '=', 'published')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('report_publications as p')
            .select('p.id')
            .whereRef('p.report_id', '=', 'r.id')
            .whereRef('p.report_version', '=', 'r.version'),
        ),
      ),
    );
  if (scope.reportIds) {
    if (scope.reportIds.length === 0) return Promise.resolve([]);
    query = query.where('r.id', 'in', scope.reportIds);
  }
  if (scope.periodId !== undefined) query = query.where('r.period_id', '=', scope.periodId);
  return query.orderBy('r.id').execute();
}

export interface NewPublication {
  reportId: number;
  reportVersion: number;
  planId: number;
  periodId: number;
  itemId: number;
  content: unknown;
}

export async function insertPublications(db: Db, rows: NewPublication[]): Promise<void> {
  if (rows.length === 0) return;
  const at = now();
  await db
    .insertInto('report_publications')
    .values(
      rows.map((r) => ({
        report_id: r.reportId,
        report_version: r.reportVersion,
        plan_id: r.planId,
        period_id: r.periodId,
        item_id: r.itemId,
        published_at: at,
        content: JSON.stringify(r.content),
      })),
    )
    .execute();
}

/** What deciding whether a period is published as a whole needs, in one round trip. */
export async function periodCoverage(db: Db, periodId: number) {
  const row = await db
    .selectFrom('periods as p')
    .where('p.id', '=', periodId)
    .select((eb) => [
      'p.plan_id',
      'p.is_open',
      eb
        .selectFrom('items as i')
        .whereRef('i.plan_id', '=', 'p.plan_id')
        .select((q) => q.fn.countAll<number>().as('n'))
        .as('planItems'),
      eb
        .selectFrom('reports as r')
        .whereRef('r.period_id', '=', 'p.id')
        .select((q) => q.fn.countAll<number>().as('n'))
        .as('reportedItems'),
      eb
        .selectFrom('report_publications as rp')
        .whereRef('rp.period_id', '=', 'p.id')
        .select((q) => q.fn.count<number>('rp.item_id').distinct().as('n'))
        .as('publishedItems'),
      eb
        .selectFrom('period_publications as pp')
        .whereRef('pp.period_id', '=', 'p.id')
        .select('pp.published_at')
        .as('publishedWholeAt'),
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    planId: row.plan_id,
    open: row.is_open === 1,
    planItems: Number(row.planItems ?? 0),
    reportedItems: Number(row.reportedItems ?? 0),
    publishedItems: Number(row.publishedItems ?? 0),
    publishedWholeAt: row.publishedWholeAt ?? null,
  };
}

export async function insertPeriodPublication(
  db: Db,
  row: { periodId: number; planId: number },
): Promise<void> {
  await db
    .insertInto('period_publications')
    .values({ period_id: row.periodId, plan_id: row.planId, published_at: now() })
    .execute();
}

/**
 * Takes the period out of the public view (the office unpublished it): the public falls back to
 * the last period still published whole. The reports' publication records stay as history.
 */
export async function deletePeriodPublication(db: Db, periodId: number): Promise<void> {
  await db.deleteFrom('period_publications').where('period_id', '=', periodId).execute();
}

/** A plan's periods published as a whole, latest end first, with when each became public. */
export const listWholePeriods = (db: Db, planId: number) =>
  db
    .selectFrom('period_publications as pp')
    .innerJoin('periods as p', 'p.id', 'pp.period_id')
    .select(['p.id', 'p.label', 'p.start_date', 'p.end_date', 'p.source_title', 'pp.published_at'])
    .where('pp.plan_id', '=', planId)
    .orderBy('p.end_date', 'desc')
    .orderBy('p.id', 'desc')
    .execute();

/** The ids of the plans with at least one period published as a whole. */
export async function listPublicPlanIds(db: Db): Promise<Set<number>> {
  const rows = await db.selectFrom('period_publications').select('plan_id').distinct().execute();
  return new Set(rows.map((r) => r.plan_id));
}

/** Publications in these periods (of one item, when given), oldest first. */
export function listPublications(db: Db, filter: { periodIds: number[]; itemId?: number }) {
  if (filter.periodIds.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('report_publications')
    .select(['id', 'report_id', 'item_id', 'period_id', 'published_at', 'content'])
    .where('period_id', 'in', filter.periodIds);
  if (filter.itemId !== undefined) query = query.where('item_id', '=', filter.itemId);
  return query.orderBy('id').execute();
}

/** How many items the publications of these periods cover, and the latest publication date. */
export async function publicationTotals(db: Db, periodIds: number[]) {
  if (periodIds.length === 0) return { items: 0, latest: null };
  const row = await db
    .selectFrom('report_publications')
    .select((eb) => [
      eb.fn.count<number>('item_id').distinct().as('items'),
      eb.fn.max('published_at').as('latest'),
    ])
    .where('period_id', 'in', periodIds)
    .executeTakeFirst();
  return { items: Number(row?.items ?? 0), latest: row?.latest ?? null };
}

/** The publications of one report, oldest first. */
export const listPublicationsOfReport = (db: Db, reportId: number) =>
  db
    .selectFrom('report_publications')
    .select(['id', 'report_id', 'item_id', 'plan_id', 'period_id', 'published_at', 'content'])
    .where('report_id', '=', reportId)
    .orderBy('id')
    .execute();

const revisionQuery = new WeakMap<Db, CompiledQuery<{ revision: number }>>();
const lastRead = new WeakMap<Db, { revision: number; at: number }>();
/** Until when every read asks the database: a bump's transaction may not have committed yet. */
let readThroughUntil = 0;

/**
 * How long a server trusts the revision it read last. Reading it costs more than everything
 * else a cached public page does (measured: 0.27 → 0.83 of a bare route), so a popular page
 * asks the database at most once a second. A change made through this server is seen as soon as
 * it commits (bumpRevision makes reads go to the database for a while); one made through another
 * server behind the same database, within this long.
 */
export const REVISION_MAX_AGE_MS = 1000;
const READ_THROUGH_MS = 5000;

/** The revision of everything public. */
export async function readRevision(db: Db): Promise<number> {
  const now = Date.now();
  const last = lastRead.get(db);
  if (last && now >= readThroughUntil && now - last.at < REVISION_MAX_AGE_MS) return last.revision;
  let query = revisionQuery.get(db);
  if (!query) {
    query = db.selectFrom('public_revision').select('revision').where('id', '=', 1).compile();
    revisionQuery.set(db, query);
  }
  const { rows } = await db.executeQuery(query);
  const revision = rows[0]?.revision ?? 0;
  lastRead.set(db, { revision, at: now });
  return revision;
}

/** Marks that something public changed: every cached public response is stale from now. */
export async function bumpRevision(db: Db): Promise<void> {
  readThroughUntil = Date.now() + READ_THROUGH_MS;
  await db
    .updateTable('public_revision')
    .set((eb) => ({ revision: eb('revision', '+', 1), changed_at: now() }))
    .where('id', '=', 1)
    .execute();
}
