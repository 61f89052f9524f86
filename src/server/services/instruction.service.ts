/**
 * A supervising leader's instruction (领导批示) on an item, recorded by the leader or by the
 * office on the leader's behalf; it starts a notice at the tier the settings give, in the
 * item's open period when there is one.
 */
import { z } from 'zod';
import { dateIn } from '../db/clock.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import type { NoticeDto } from '../presenters/notice.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { getItem, getItemAccess } from '../repositories/item.repository.ts';
import { insertInstruction, listInstructions } from '../repositories/notice.repository.ts';
import { inTransaction, type ServiceContext, stamp } from './context.ts';
import { issueNotice, noticeView } from './notice-issue.ts';
import { readSettings } from './settings.service.ts';

export const InstructionInput = z.object({
  text: z.string().trim().min(1).max(2000).describe("The leader's words"),
  givenOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe('Date of the instruction'),
  leaderId: z
    .number()
    .int()
    .optional()
    .describe(
      "The leader who gave it (the office records for a leader; a leader's own by default)",
    ),
});
export type InstructionInput = z.infer<typeof InstructionInput>;

/** POST /api/items/:id/instructions: records the instruction and issues its notice. */
export function recordInstruction(
  ctx: ServiceContext,
  actor: Actor,
  itemId: number,
  input: InstructionInput,
): Promise<NoticeDto> {
  requireRole(actor, 'admin', 'leader');
  return inTransaction(ctx, async (tx) => {
    const item = await getItem(tx.db, itemId);
    if (!item) throw new AppError('not_found');
    const access = await getItemAccess(tx.db, itemId);
    if (actor.role === 'leader' && !access.leaderIds.includes(actor.leaderId ?? -1))
      throw new AppError('forbidden');
    const leaderId = actor.role === 'leader' ? actor.leaderId : (input.leaderId ?? null);
    if (leaderId !== null && !access.leaderIds.includes(leaderId))
      throw new AppError('validation_failed', {
        message: '该领导不是此事项的分管领导',
        messageEn: 'That leader does not supervise this item',
      });
    const id = await insertInstruction(tx.db, {
      itemId,
      leaderId,
      text: input.text,
      givenOn: input.givenOn,
      recordedBy: actor.userId,
      at: stamp(tx),
    });
    await insertAuditEvent(tx.db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'instruction.record',
      entity: 'instruction',
      entityId: id,
      after: { itemId, leaderId, text: input.text, givenOn: input.givenOn },
    });
    const settings = await readSettings(tx.db);
    const period = await tx.db
      .selectFrom('periods')
      .select('id')
      .where('plan_id', '=', item.plan_id)
      .where('is_open', '=', 1)
      .orderBy('end_date', 'desc')
      .executeTakeFirst();
    const noticeId = await issueNotice(tx, actor, {
      item,
      periodId: period?.id ?? null,
      today: dateIn(tx.clock, settings['supervision.timeZone']),
      dedupeKey: `instruction:${id}`,
      instructionId: id,
      facts: {
        tier: settings['supervision.instructionTier'],
        reason: 'instruction',
        dueDate: null,
        days: null,
        progress: null,
        expected: null,
        decidedBy: null,
        returns: null,
        message: `领导批示（${input.givenOn}）：${input.text}`,
        messageEn: `Leader's instruction (${input.givenOn}): ${input.text}`,
      },
    });
    if (noticeId === null) throw new AppError('internal');
    return noticeView(tx, noticeId);
  });
}

/** GET /api/items/:id/instructions */
export async function readInstructions(ctx: ServiceContext, actor: Actor, itemId: number) {
  requireRole(actor, 'admin', 'leader', 'reporter');
  return (await listInstructions(ctx.db, itemId)).map((row) => ({
    id: row.id,
    itemId: row.item_id,
    leaderId: row.leader_id,
    leader: row.leader,
    text: row.text,
    givenOn: row.given_on,
    createdAt: row.created_at,
  }));
}
