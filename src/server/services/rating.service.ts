/**
 * The year-end satisfaction rating (满意度测评): a session over a plan's items, each deputy rating
 * each item once inside the window (满意 / 基本满意 / 不满意, an optional reason), the result per
 * item by the passing rule, published; an item that fails gets a follow-up notice (督办单) to its
 * lead unit. The public's ratings are stored and shown apart and do not count in the rule.
 */
import { passesRating, satisfiedShare } from '../../core/congress/rating-rule.ts';
import { dateIn } from '../db/clock.ts';
import { dbFault } from '../db/db-error.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import {
  countGrades,
  type Grade,
  type ItemRatingDto,
  type PublicRatingDto,
  type RatingSessionDto,
} from '../presenters/rating.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { getPlan } from '../repositories/plan.repository.ts';
import {
  deputyCounts,
  getRatingSession,
  insertDeputyRatings,
  insertPublicRating,
  insertRatingSession,
  listRatingSessions,
  planItems,
  publicCounts,
  ratedItemsOf,
  updateRatingSession,
} from '../repositories/rating.repository.ts';
import { inTransaction, type ServiceContext, stamp } from './context.ts';
import { issueNotice } from './notice-issue.ts';
import { readSetting, readSettings } from './settings.service.ts';

type Db = ServiceContext['db'];

async function requireSession(db: Db, id: number) {
  const row = await getRatingSession(db, id);
  if (!row) throw new AppError('not_found');
  return row;
}

async function ratingView(db: Db, id: number, actor: Actor): Promise<RatingSessionDto> {
  const row = await requireSession(db, id);
  const items = await planItems(db, row.plan_id);
  return {
    id: row.id,
    planId: row.plan_id,
    title: row.title,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    passPercent: row.pass_percent,
    items: items.map((i) => ({ id: i.id, no: i.no, task: i.task })),
    rated:
      actor.role === 'deputy' && actor.userId !== null
        ? await ratedItemsOf(db, id, actor.userId)
        : null,
    publishedAt: row.published_at,
    result: row.result ? (JSON.parse(row.result) as ItemRatingDto[]) : null,
    version: row.version,
  };
}

/** POST /api/congress/ratings */
export async function createRatingSession(
  ctx: ServiceContext,
  actor: Actor,
  input: {
    planId: number;
    title: string;
    opensAt: string;
    closesAt: string;
    passPercent?: number | undefined;
  },
): Promise<RatingSessionDto> {
  requireRole(actor, 'admin');
  if (!(Date.parse(input.opensAt) < Date.parse(input.closesAt)))
    throw new AppError('validation_failed', {
      message: '测评结束时间须晚于开始时间',
      messageEn: 'The rating must close after it opens',
    });
  return inTransaction(ctx, async (tx) => {
    if (!(await getPlan(tx.db, input.planId))) throw new AppError('not_found');
    const id = await insertRatingSession(tx.db, {
      plan_id: input.planId,
      title: input.title,
      opens_at: new Date(input.opensAt).toISOString(),
      closes_at: new Date(input.closesAt).toISOString(),
      pass_percent: input.passPercent ?? (await readSetting(tx.db, 'congress.ratingPassPercent')),
      result: null,
      published_at: null,
      created_at: stamp(tx),
    });
    const dto = await ratingView(tx.db, id, actor);
    await insertAuditEvent(tx.db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'rating_session.create',
      entity: 'rating_session',
      entityId: id,
      after: { ...dto, items: dto.items.length },
    });
    return dto;
  });
}

export async function readRatingSession(ctx: ServiceContext, actor: Actor, id: number) {
  requireRole(actor, 'admin', 'deputy');
  return ratingView(ctx.db, id, actor);
}

export async function readRatingSessions(ctx: ServiceContext, actor: Actor) {
  requireRole(actor, 'admin', 'deputy');
  const rows = await listRatingSessions(ctx.db);
  return Promise.all(rows.map((row) => ratingView(ctx.db, row.id, actor)));
}

const isOpen = (ctx: ServiceContext, row: { opens_at: string; closes_at: string }) => {
  const now = ctx.clock.now().getTime();
  return now >= Date.parse(row.opens_at) && now < Date.parse(row.closes_at);
};

/** POST /api/congress/ratings/:id/ratings: a deputy rates items, each once. */
export async function rateItems(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  ratings: { itemId: number; grade: Grade; reason?: string | undefined }[],
): Promise<RatingSessionDto> {
  requireRole(actor, 'deputy');
  const userId = actor.userId;
  if (userId === null) throw new AppError('forbidden');
  const row = await requireSession(ctx.db, id);
  if (!isOpen(ctx, row)) throw new AppError('rating_not_open');
  const items = new Set((await planItems(ctx.db, row.plan_id)).map((i) => i.id));
  const ids = ratings.map((r) => r.itemId);
  if (ids.some((itemId) => !items.has(itemId)) || new Set(ids).size !== ids.length)
    throw new AppError('validation_failed', {
      message: '测评事项不在本次测评中，或重复',
      messageEn: 'A rated item is not in this rating, or is rated twice',
    });
  try {
    await inTransaction(ctx, async (tx) => {
      await insertDeputyRatings(
        tx.db,
        ratings.map((r) => ({
          session_id: id,
          item_id: r.itemId,
          user_id: userId,
          grade: r.grade,
          reason: r.reason?.trim() || null,
          rated_at: stamp(tx),
        })),
      );
      await insertAuditEvent(tx.db, {
        userId,
        actor: actor.name,
        action: 'rating.rate',
        entity: 'rating_session',
        entityId: id,
        after: { ratings },
      });
    });
  } catch (error) {
    if (dbFault(error) === 'unique_violation') throw new AppError('already_rated');
    throw error;
  }
  return ratingView(ctx.db, id, actor);
}

async function resultOf(db: Db, sessionId: number, planId: number, percent: number) {
  const items = await planItems(db, planId);
  const deputies = await deputyCounts(db, sessionId);
  const citizens = await publicCounts(db, sessionId);
  return items.map((item) => {
    const counts = countGrades(deputies.filter((r) => r.item_id === item.id));
    return {
      item,
      rating: {
        itemId: item.id,
        no: item.no,
        task: item.task,
        deputies: counts,
        share: satisfiedShare(counts),
        passed: passesRating(counts, percent),
        public: countGrades(citizens.filter((r) => r.item_id === item.id)),
        noticeId: null as number | null,
      },
    };
  });
}

/** POST /api/congress/ratings/:id/publish: the result per item; notices for those that failed. */
export async function publishRating(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  version: number,
): Promise<RatingSessionDto> {
  requireRole(actor, 'admin');
  return inTransaction(ctx, async (tx) => {
    const row = await requireSession(tx.db, id);
    if (tx.clock.now().getTime() < Date.parse(row.closes_at))
      throw new AppError('invalid_transition', {
        message: '测评尚未结束',
        messageEn: 'The rating has not closed yet',
      });
    if (row.published_at) throw new AppError('invalid_transition');
    const settings = await readSettings(tx.db);
    const today = dateIn(tx.clock, settings['supervision.timeZone']);
    const results = await resultOf(tx.db, id, row.plan_id, row.pass_percent);
    for (const { item, rating } of results) {
      if (rating.passed) continue;
      const share = rating.share === null ? '无' : `${Math.round(rating.share * 1000) / 10}%`;
      rating.noticeId = await issueNotice(tx, actor, {
        item: { id: item.id, lead_unit_id: item.lead_unit_id },
        periodId: null,
        today,
        dedupeKey: `rating:${id}:${item.id}`,
        facts: {
          tier: 'yellow',
          reason: 'rating_failed',
          dueDate: null,
          days: null,
          progress: rating.share,
          expected: row.pass_percent / 100,
          decidedBy: null,
          returns: null,
          message: `人大代表满意度测评未通过：满意与基本满意合计${share}，未超过${row.pass_percent}%，请限期整改并报告`,
          messageEn: `The deputies' satisfaction rating did not pass: 满意 and 基本满意 ${share}, not more than ${row.pass_percent}%; remedy and report`,
        },
      });
    }
    const saved = await updateRatingSession(
      tx.db,
      { id, version },
      {
        result: JSON.stringify(results.map((r) => r.rating)),
        published_at: stamp(tx),
      },
    );
    if (!saved)
      throw new AppError('version_conflict', { details: await ratingView(tx.db, id, actor) });
    const after = await ratingView(tx.db, id, actor);
    await insertAuditEvent(tx.db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'rating_session.publish',
      entity: 'rating_session',
      entityId: id,
      after: after.result,
    });
    return after;
  });
}

/** GET /api/public/ratings/:id: a published rating's result (the public's ratings beside it). */
export async function readPublicRating(ctx: ServiceContext, id: number): Promise<PublicRatingDto> {
  const row = await requireSession(ctx.db, id);
  if (!row.published_at || !row.result) throw new AppError('not_found');
  const stored = JSON.parse(row.result) as ItemRatingDto[];
  const fresh = await resultOf(ctx.db, id, row.plan_id, row.pass_percent);
  return {
    id: row.id,
    planId: row.plan_id,
    title: row.title,
    passPercent: row.pass_percent,
    publishedAt: row.published_at,
    items: stored.map(({ noticeId: _, ...item }) => ({
      ...item,
      public: fresh.find((f) => f.item.id === item.itemId)?.rating.public ?? item.public,
    })),
  };
}

/** POST /api/public/ratings/:id/items/:itemId: a citizen's rating while the session is open. */
export async function ratePublicly(
  ctx: ServiceContext,
  id: number,
  itemId: number,
  grade: Grade,
): Promise<{ recorded: true }> {
  await ratePubliclyMany(ctx, id, [{ itemId, grade }]);
  return { recorded: true };
}

/** A rating open to the public now: its items, for the public form; not_found otherwise. */
export async function readOpenRating(ctx: ServiceContext, id: number) {
  const row = await requireSession(ctx.db, id);
  if (!isOpen(ctx, row)) throw new AppError('not_found');
  const items = await planItems(ctx.db, row.plan_id);
  return {
    id: row.id,
    title: row.title,
    items: items.map((i) => ({ id: i.id, no: i.no, task: i.task })),
  };
}

/** The public form's grades, one transaction; items left blank are not rated. */
export async function ratePubliclyMany(
  ctx: ServiceContext,
  id: number,
  grades: { itemId: number; grade: Grade }[],
): Promise<void> {
  if (grades.length === 0)
    throw new AppError('validation_failed', {
      message: '请至少对一个事项作出评价',
      messageEn: 'Rate at least one item',
    });
  const row = await requireSession(ctx.db, id);
  if (!isOpen(ctx, row)) throw new AppError('rating_not_open');
  const items = new Set((await planItems(ctx.db, row.plan_id)).map((i) => i.id));
  if (grades.some((g) => !items.has(g.itemId))) throw new AppError('not_found');
  await inTransaction(ctx, async (tx) => {
    for (const g of grades)
      await insertPublicRating(tx.db, {
        session_id: id,
        item_id: g.itemId,
        grade: g.grade,
        rated_at: stamp(tx),
      });
    await insertAuditEvent(tx.db, {
      userId: null,
      actor: 'public',
      action: 'rating.public',
      entity: 'rating_session',
      entityId: id,
      after: { grades },
    });
  });
}
