/**
 * Issuing one notice: addressed to the item's lead unit, copied to its supervising leaders,
 * answerable within the days its tier allows, and audited. Issuing is insert-or-ignore on the
 * notice's dedupe key, so the same item, period and reason never yields a second notice.
 */
import type { NoticeFacts } from '../../core/supervision/notice-rules.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { type NoticeDto, presentNotice } from '../presenters/notice.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { listLeaders } from '../repositories/directory.repository.ts';
import { listItemLeaders } from '../repositories/item.repository.ts';
import { getNotice, insertNoticeIfNew } from '../repositories/notice.repository.ts';
import { type ServiceContext, stamp } from './context.ts';
import { readSettings } from './settings.service.ts';

/** YYYY-MM-DD `days` after `date`. */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A notice as the API shows it (no access check). */
export async function noticeView(ctx: Pick<ServiceContext, 'db'>, id: number): Promise<NoticeDto> {
  const row = await getNotice(ctx.db, id);
  if (!row) throw new AppError('not_found');
  const leaders = new Map((await listLeaders(ctx.db)).map((l) => [l.id, l.name]));
  return presentNotice(row, leaders);
}

export interface NewNotice {
  item: { id: number; lead_unit_id: number | null };
  periodId: number | null;
  facts: NoticeFacts;
  dedupeKey: string;
  /** The local date the answer period counts from. */
  today: string;
  instructionId?: number;
  escalatedFrom?: number;
}

/** Issues `notice` unless its key exists; returns the new notice's id, or null. */
export async function issueNotice(
  ctx: ServiceContext,
  actor: Actor,
  notice: NewNotice,
): Promise<number | null> {
  const settings = await readSettings(ctx.db);
  const leaders = await listItemLeaders(ctx.db, [notice.item.id]);
  const id = await insertNoticeIfNew(ctx.db, {
    item_id: notice.item.id,
    period_id: notice.periodId,
    tier: notice.facts.tier,
    reason: notice.facts.reason,
    dedupe_key: notice.dedupeKey,
    facts: JSON.stringify(notice.facts),
    unit_id: notice.item.lead_unit_id,
    leader_ids: JSON.stringify(leaders.map((l) => l.id)),
    instruction_id: notice.instructionId ?? null,
    escalated_from: notice.escalatedFrom ?? null,
    state: 'issued',
    answer_by: addDays(notice.today, settings['supervision.answerWithinDays'][notice.facts.tier]),
    issued_at: stamp(ctx),
    issued_by: actor.name,
  });
  if (id === null) return null;
  await insertAuditEvent(ctx.db, {
    userId: actor.userId,
    actor: actor.name,
    action: 'notice.issue',
    entity: 'notice',
    entityId: id,
    after: await noticeView(ctx, id),
  });
  return id;
}
