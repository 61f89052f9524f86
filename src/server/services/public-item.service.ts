/**
 * One item as the public sees it, and one report's publications: only publications of the plan's
 * public periods (public-periods.service.ts). An item or report with none does not exist for the
 * public — the same 404 as an id never used, so drafts and unpublished periods leave no trace.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { presentPublicComment } from '../presenters/public-comment.presenter.ts';
import {
  type PublicationDto,
  type PublicItemDto,
  type PublicReportDto,
  presentPublication,
} from '../presenters/public-item.presenter.ts';
import { presentPeriod } from '../presenters/public-shared.presenter.ts';
import { listApprovedComments } from '../repositories/comment.repository.ts';
import { getItem } from '../repositories/item.repository.ts';
import { getPlan } from '../repositories/plan.repository.ts';
import {
  listPublications,
  listPublicationsOfReport,
} from '../repositories/publication.repository.ts';
import { contentOf, judgePublication, type PublicationRow } from './public-document.ts';
import { type PublicPeriod, publicPeriods } from './public-periods.service.ts';

type Row = PublicationRow & { report_id: number };

/** Each row with its edition (its rank among the publications of the same report), judged. */
function presentRows(rows: Row[], all: Row[], periods: PublicPeriod[]): PublicationDto[] {
  return rows.flatMap((row) => {
    const period = periods.find((p) => p.id === row.period_id);
    if (!period) return [];
    const edition = all.filter((r) => r.report_id === row.report_id && r.id <= row.id).length;
    return [
      presentPublication(
        { id: row.id, publishedAt: row.published_at, edition, period },
        judgePublication(contentOf(row), period),
      ),
    ];
  });
}

const byPeriodThenId = (periods: PublicPeriod[]) => (a: Row, b: Row) =>
  (periods.find((p) => p.id === a.period_id)?.end ?? '').localeCompare(
    periods.find((p) => p.id === b.period_id)?.end ?? '',
  ) || a.id - b.id;

/** GET /api/public/items/:id and the item page. */
export async function readPublicItem(db: Kysely<Database>, id: number): Promise<PublicItemDto> {
  const item = await getItem(db, id);
  const periods = item ? await publicPeriods(db, item.plan_id) : [];
  const rows = (await listPublications(db, {
    periodIds: periods.map((p) => p.id),
    itemId: id,
  })) as Row[];
  const plan = item ? await getPlan(db, item.plan_id) : undefined;
  const [period] = periods;
  const ordered = [...rows].sort(byPeriodThenId(periods));
  const last = ordered.at(-1);
  if (!plan || !period || !last) throw new AppError('not_found');
  const stated = contentOf(last);
  const history = presentRows([...ordered].reverse(), ordered, periods);
  const comments = (await listApprovedComments(db, id)).map(presentPublicComment);
  const ratings = comments.flatMap((c) => (c.rating === null ? [] : [c.rating]));
  return {
    id,
    plan: { id: plan.id, title: plan.title },
    no: stated.item.no,
    category: { ordinal: stated.category.ordinal, title: stated.category.title },
    task: stated.item.task,
    leadUnit: stated.item.leadUnit,
    leaders: [...stated.item.leaders],
    responsibilities: stated.item.responsibilities.map((r) => ({ unit: r.unit, person: r.person })),
    start: stated.item.start,
    deadline: stated.item.deadline,
    period: presentPeriod(period),
    current: history.find((h) => h.period.id === period.id) ?? null,
    history,
    comments,
    rating: {
      count: ratings.length,
      average: ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null,
    },
  };
}

/** The item's plan when the item is public (published in a public period), else not_found. */
export async function requirePublicItem(
  db: Kysely<Database>,
  id: number,
): Promise<{ planId: number }> {
  const item = await getItem(db, id);
  const periods = item ? await publicPeriods(db, item.plan_id) : [];
  const rows = await listPublications(db, { periodIds: periods.map((p) => p.id), itemId: id });
  if (!item || rows.length === 0) throw new AppError('not_found');
  return { planId: item.plan_id };
}

/** GET /api/public/reports/:id: the report's latest publication in a public period. */
export async function readPublicReport(
  db: Kysely<Database>,
  reportId: number,
): Promise<PublicReportDto> {
  const rows = (await listPublicationsOfReport(db, reportId)) as (Row & { plan_id: number })[];
  const periods = rows[0] ? await publicPeriods(db, rows[0].plan_id) : [];
  const visible = rows.filter((r) => periods.some((p) => p.id === r.period_id));
  const last = visible.at(-1);
  const [presented] = last ? presentRows([last], visible, periods) : [];
  if (!last || !presented) throw new AppError('not_found');
  return { ...presented, itemId: last.item_id };
}
