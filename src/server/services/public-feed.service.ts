/**
 * The newest publications of a plan's public periods, for its Atom feed: a correction is a new
 * entry. An entry is dated when the public could first see it — its publication, or the moment
 * its period was published as a whole, whichever came later.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { presentPlanHead } from '../presenters/public-plan.presenter.ts';
import { getPlan } from '../repositories/plan.repository.ts';
import { listPublications } from '../repositories/publication.repository.ts';
import { contentOf, judgePublication } from './public-document.ts';
import { requirePublicPeriods } from './public-plan.service.ts';

const FEED_LENGTH = 50;

export interface FeedEntry {
  publicationId: number;
  itemId: number;
  no: string;
  task: string;
  periodLabel: string;
  published: string;
  updated: string;
  edition: number;
  status: string;
  statusLabel: string | null;
  points: string[];
}

export async function readPublicFeed(db: Kysely<Database>, planId: number) {
  const periods = await requirePublicPeriods(db, planId);
  const plan = await getPlan(db, planId);
  if (!plan) throw new AppError('not_found');
  const rows = await listPublications(db, { periodIds: periods.map((p) => p.id) });
  const entries: FeedEntry[] = rows.flatMap((row) => {
    const period = periods.find((p) => p.id === row.period_id);
    if (!period) return [];
    const content = contentOf(row);
    const judged = judgePublication(content, period);
    return [
      {
        publicationId: row.id,
        itemId: row.item_id,
        no: content.item.no,
        task: content.item.task,
        periodLabel: period.label,
        published: row.published_at,
        updated: [row.published_at, period.publishedAt].sort()[1] ?? row.published_at,
        edition: rows.filter((r) => r.report_id === row.report_id && r.id <= row.id).length,
        status: judged.assessment.status,
        statusLabel: judged.report?.statusLabel ?? null,
        points: judged.report?.points ?? [],
      },
    ];
  });
  entries.sort((a, b) => b.updated.localeCompare(a.updated) || b.publicationId - a.publicationId);
  return {
    plan: presentPlanHead({ ...plan, declaredItemCount: plan.declared_item_count }),
    entries: entries.slice(0, FEED_LENGTH),
  };
}
