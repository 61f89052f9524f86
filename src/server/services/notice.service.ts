/**
 * A notice's life: the lead unit signs for it (签收) and answers with its measures and a date;
 * the office closes it (办结) or escalates it one tier, which issues the next notice and ends
 * this one. Every step is timestamped by the clock, version-checked and audited.
 */

import type { Updateable } from 'kysely';
import { nextTier } from '../../core/supervision/notice-rules.ts';
import { dateIn } from '../db/clock.ts';
import type { NoticeTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import type { NoticeDto } from '../presenters/notice.presenter.ts';
import { presentNotice } from '../presenters/notice.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { listLeaders } from '../repositories/directory.repository.ts';
import { getItem } from '../repositories/item.repository.ts';
import { getNotice, listNotices } from '../repositories/notice.repository.ts';
import { updateIfVersion } from '../repositories/versioned.ts';
import { inTransaction, type ServiceContext, stamp } from './context.ts';
import { issueNotice, noticeView } from './notice-issue.ts';
import { readSetting } from './settings.service.ts';

/** The office sees every notice; a unit those addressed to it; a leader those copied to them. */
function canRead(actor: Actor, notice: NoticeDto): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'reporter') return actor.unitId !== null && actor.unitId === notice.unitId;
  if (actor.role === 'leader') return notice.leaders.some((l) => l.id === actor.leaderId);
  return false;
}

/** GET /api/plans/:id/notices */
export async function readNotices(
  ctx: ServiceContext,
  actor: Actor,
  planId: number,
): Promise<NoticeDto[]> {
  requireRole(actor, 'admin', 'reporter', 'leader');
  const rows = await listNotices(ctx.db, {
    planId,
    ...(actor.role === 'reporter' ? { unitId: actor.unitId ?? -1 } : {}),
  });
  const leaders = new Map((await listLeaders(ctx.db)).map((l) => [l.id, l.name]));
  return rows.map((row) => presentNotice(row, leaders)).filter((n) => canRead(actor, n));
}

/** GET /api/notices/:id */
export async function readNotice(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
): Promise<NoticeDto> {
  requireRole(actor, 'admin', 'reporter', 'leader');
  const notice = await noticeView(ctx, id);
  if (!canRead(actor, notice)) throw new AppError('forbidden');
  return notice;
}

type Step = 'sign' | 'answer' | 'close' | 'escalate';

const RULES: Record<Step, { from: NoticeDto['state'][]; by: 'unit' | 'office' }> = {
  sign: { from: ['issued'], by: 'unit' },
  answer: { from: ['signed'], by: 'unit' },
  close: { from: ['answered'], by: 'office' },
  escalate: { from: ['issued', 'signed', 'answered'], by: 'office' },
};

/** Loads the notice for `step`, refusing the wrong actor, a stale version or the wrong state. */
async function forStep(ctx: ServiceContext, actor: Actor, id: number, step: Step, version: number) {
  const rule = RULES[step];
  const before = await noticeView(ctx, id);
  const allowed =
    rule.by === 'office'
      ? actor.role === 'admin'
      : actor.role === 'reporter' && actor.unitId !== null && actor.unitId === before.unitId;
  if (!allowed) throw new AppError(actor.role === 'public' ? 'unauthenticated' : 'forbidden');
  if (before.version !== version)
    throw new AppError('version_conflict', { details: { current: before } });
  if (!rule.from.includes(before.state))
    throw new AppError('invalid_transition', { details: { current: before } });
  return before;
}

async function record(
  ctx: ServiceContext,
  actor: Actor,
  step: Step,
  before: NoticeDto,
  fields: Updateable<NoticeTable>,
): Promise<NoticeDto> {
  if (!(await updateIfVersion(ctx.db, 'notices', before, fields)))
    throw new AppError('version_conflict', {
      details: { current: await noticeView(ctx, before.id) },
    });
  const after = await noticeView(ctx, before.id);
  await insertAuditEvent(ctx.db, {
    userId: actor.userId,
    actor: actor.name,
    action: `notice.${step}`,
    entity: 'notice',
    entityId: before.id,
    before,
    after,
  });
  return after;
}

/** POST /api/notices/:id/sign (签收) */
export const signNotice = (ctx: ServiceContext, actor: Actor, id: number, version: number) =>
  inTransaction(ctx, async (tx) => {
    const before = await forStep(tx, actor, id, 'sign', version);
    return record(tx, actor, 'sign', before, {
      state: 'signed',
      signed_at: stamp(tx),
      signed_by: actor.name,
    });
  });

/** POST /api/notices/:id/answer: the measures taken and the date the unit commits to. */
export const answerNotice = (
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: { version: number; measures: string; promisedDate: string },
) =>
  inTransaction(ctx, async (tx) => {
    const before = await forStep(tx, actor, id, 'answer', input.version);
    return record(tx, actor, 'answer', before, {
      state: 'answered',
      measures: input.measures,
      promised_date: input.promisedDate,
      answered_at: stamp(tx),
      answered_by: actor.name,
    });
  });

/** POST /api/notices/:id/close (办结) */
export const closeNotice = (
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: { version: number; note?: string | undefined },
) =>
  inTransaction(ctx, async (tx) => {
    const before = await forStep(tx, actor, id, 'close', input.version);
    return record(tx, actor, 'close', before, {
      state: 'closed',
      closed_at: stamp(tx),
      closed_by: actor.name,
      close_note: input.note ?? null,
    });
  });

/** POST /api/notices/:id/escalate: issues the notice one tier up and ends this one. */
export const escalateNotice = (
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: { version: number; note?: string | undefined },
): Promise<{ closed: NoticeDto; issued: NoticeDto }> =>
  inTransaction(ctx, async (tx) => {
    const before = await forStep(tx, actor, id, 'escalate', input.version);
    const tier = nextTier(before.tier);
    if (!tier)
      throw new AppError('invalid_transition', {
        message: '红色督办单已是最高等级',
        messageEn: 'A red notice is the highest tier',
        details: { current: before },
      });
    const row = await getNotice(tx.db, id);
    const item = await getItem(tx.db, before.itemId);
    if (!row || !item) throw new AppError('not_found');
    const note = input.note?.trim();
    const issuedId = await issueNotice(tx, actor, {
      item,
      periodId: before.periodId,
      today: dateIn(tx.clock, await readSetting(tx.db, 'supervision.timeZone')),
      dedupeKey: `escalated:${id}`,
      escalatedFrom: id,
      ...(row.instruction_id === null ? {} : { instructionId: row.instruction_id }),
      facts: {
        ...(JSON.parse(row.facts) as Parameters<typeof issueNotice>[2]['facts']),
        tier,
        reason: 'escalated',
        message: `督办单升级：${before.message}${note ? `（${note}）` : ''}`,
        messageEn: `Escalated: ${before.messageEn}${note ? ` (${note})` : ''}`,
      },
    });
    if (issuedId === null) throw new AppError('already_exists');
    const closed = await record(tx, actor, 'escalate', before, {
      state: 'escalated',
      closed_at: stamp(tx),
      closed_by: actor.name,
      close_note: note ?? null,
    });
    return { closed, issued: await noticeView(tx, issuedId) };
  });
