/**
 * What the public may read of plans: only plans with a period published as a whole, and of each
 * only its public periods (public-periods.service.ts), rebuilt from the publication records.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import {
  type PublicPlanSummaryDto,
  type PublicPlanView,
  presentPlanHead,
} from '../presenters/public-plan.presenter.ts';
import { presentPeriod } from '../presenters/public-shared.presenter.ts';
import { getPlan, listPlans } from '../repositories/plan.repository.ts';
import {
  listPublications,
  listPublicPlanIds,
  publicationTotals,
} from '../repositories/publication.repository.ts';
import { buildPublicDocument } from './public-document.ts';
import { type PublicPeriod, publicPeriods } from './public-periods.service.ts';

const latest = (...dates: (string | null)[]) =>
  dates.reduce<string>((a, b) => (b !== null && b > a ? b : a), '');

/** Plans with something public, newest year first, each with the period its view shows. */
export async function readPublicPlans(db: Kysely<Database>): Promise<PublicPlanSummaryDto[]> {
  const publicIds = await listPublicPlanIds(db);
  const plans = (await listPlans(db)).filter((p) => publicIds.has(p.id));
  return Promise.all(
    plans.map(async (plan) => {
      const periods = await publicPeriods(db, plan.id);
      const [period] = periods;
      if (!period) throw new AppError('internal');
      const totals = await publicationTotals(
        db,
        periods.map((p) => p.id),
      );
      return {
        ...presentPlanHead({ ...plan, declaredItemCount: plan.declared_item_count }),
        period: presentPeriod(period),
        updatedAt: latest(totals.latest, ...periods.map((p) => p.publishedAt)),
        itemCount: totals.items,
      };
    }),
  );
}

/** The plan's public periods, or not_found when it has none (unpublished plans do not exist). */
export async function requirePublicPeriods(
  db: Kysely<Database>,
  planId: number,
): Promise<PublicPeriod[]> {
  const periods = await publicPeriods(db, planId);
  if (periods.length === 0) throw new AppError('not_found');
  return periods;
}

/** The plan as the public sees it at a public period (the latest by default). */
export async function readPublicPlan(
  db: Kysely<Database>,
  planId: number,
  periodId?: number,
): Promise<PublicPlanView> {
  const periods = await requirePublicPeriods(db, planId);
  const period = periodId === undefined ? periods[0] : periods.find((p) => p.id === periodId);
  const plan = await getPlan(db, planId);
  if (!period || !plan) throw new AppError('not_found');
  const shown = periods.filter((p) => p.end <= period.end);
  const rows = await listPublications(db, { periodIds: shown.map((p) => p.id) });
  const head = {
    id: plan.id,
    title: plan.title,
    year: plan.year,
    jurisdiction: plan.jurisdiction,
    declaredItemCount: plan.declared_item_count,
  };
  return {
    ...buildPublicDocument(head, period, periods, rows),
    head,
    period,
    periods,
    updatedAt: latest(
      period.publishedAt,
      ...rows.filter((r) => r.period_id === period.id).map((r) => r.published_at),
    ),
  };
}
