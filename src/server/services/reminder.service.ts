/**
 * Reminders (催报): before the due date, on it and after it, each unit that still owes a report
 * or a contribution gets one message per event, listing what it owes; the office may remind on
 * demand (at most once per unit and day). A reminder is a row in the outbox: it shows in the
 * unit's inbox at once and is delivered by e-mail and SMS by the worker (reminder-delivery.ts).
 */
import { daysBetween } from '../../core/supervision/notice-rules.ts';
import { dateIn } from '../db/clock.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { presentReminder, type ReminderDto } from '../presenters/reminder.presenter.ts';
import { getPeriod } from '../repositories/period.repository.ts';
import { getPlan } from '../repositories/plan.repository.ts';
import { enqueueReminder, listReminders, listSends } from '../repositories/reminder.repository.ts';
import { type ServiceContext, stamp } from './context.ts';
import { groupBy } from './item.service.ts';
import { type Owed, pendingUnits } from './pending-units.ts';
import { readSettings } from './settings.service.ts';

export type ReminderEvent = 'before_due' | 'due' | 'overdue' | `manual:${string}`;

/** The scheduled event a day falls on, relative to the due date; null outside them. */
export function scheduledEvent(today: string, dueDate: string, daysBefore: number) {
  const left = daysBetween(today, dueDate);
  if (left > 0 && left <= daysBefore) return 'before_due';
  if (left === 0) return 'due';
  if (left < 0) return 'overdue';
  return null;
}

const WHEN: Record<'before_due' | 'due' | 'overdue' | 'manual', [string, string]> = {
  before_due: ['即将到期', 'due soon'],
  due: ['今日到期', 'due today'],
  overdue: ['已逾期', 'overdue'],
  manual: ['催报', 'reminder'],
};

/** Subject and body of a unit's reminder (Chinese, then English). */
function compose(
  plan: string,
  period: { label: string; due_date: string | null },
  event: ReminderEvent,
  owed: Owed[],
) {
  const [zh, en] = WHEN[event.startsWith('manual') ? 'manual' : (event as keyof typeof WHEN)];
  const due = period.due_date ?? '—';
  const lines = owed.map(
    (o) =>
      `  第${o.no}项 ${o.task.slice(0, 40)}${o.task.length > 40 ? '…' : ''}：${o.owes === 'report' ? '进展情况未报送' : '分项材料未报送'}`,
  );
  return {
    subject: `【催报·${zh}】${plan}${period.label}进展情况（截止${due}）`,
    body: [
      `${plan}${period.label}进展情况报送截止日期为${due}，贵单位尚有以下事项未报送：`,
      ...lines,
      '请登录民生实事督办平台填报。',
      '',
      `Reminder (${en}): ${owed.length} item(s) of ${plan}, ${period.label}, are not yet reported; due ${due}.`,
    ].join('\n'),
  };
}

async function enqueueFor(
  ctx: ServiceContext,
  actor: Actor,
  period: { id: number; plan_id: number; label: string; due_date: string | null },
  event: ReminderEvent,
  onlyUnits?: number[],
): Promise<number> {
  const plan = await getPlan(ctx.db, period.plan_id);
  if (!plan) return 0;
  const sent = new Set(
    (
      await ctx.db
        .selectFrom('reminders')
        .select('unit_id')
        .where('period_id', '=', period.id)
        .where('event', '=', event)
        .execute()
    ).map((r) => r.unit_id),
  );
  let created = 0;
  for (const [unitId, owed] of await pendingUnits(ctx.db, period)) {
    // The unique key decides; skipping known ones only spares a routine round its writes.
    if (sent.has(unitId) || (onlyUnits && !onlyUnits.includes(unitId))) continue;
    const message = compose(plan.title, period, event, owed);
    const id = await enqueueReminder(ctx.db, {
      unitId,
      periodId: period.id,
      event,
      ...message,
      createdBy: actor.name,
      at: stamp(ctx),
    });
    if (id !== null) created++;
  }
  return created;
}

/** Enqueues today's scheduled reminders of every open period with a due date. */
export async function enqueueDueReminders(ctx: ServiceContext, actor: Actor): Promise<number> {
  const settings = await readSettings(ctx.db);
  const today = dateIn(ctx.clock, settings['supervision.timeZone']);
  const periods = await ctx.db
    .selectFrom('periods')
    .selectAll()
    .where('is_open', '=', 1)
    .where('due_date', 'is not', null)
    .execute();
  let created = 0;
  for (const period of periods) {
    const event = scheduledEvent(today, period.due_date ?? today, settings['reminders.daysBefore']);
    if (event) created += await enqueueFor(ctx, actor, period, event);
  }
  return created;
}

/** POST /api/periods/:id/reminders: the office reminds now (all owing units, or those named). */
export async function remindNow(
  ctx: ServiceContext,
  actor: Actor,
  periodId: number,
  unitIds?: number[],
): Promise<number> {
  requireRole(actor, 'admin');
  const period = await getPeriod(ctx.db, periodId);
  if (!period) throw new AppError('not_found');
  if (!period.is_open) throw new AppError('period_closed');
  const today = dateIn(
    ctx.clock,
    await readSettings(ctx.db).then((s) => s['supervision.timeZone']),
  );
  return enqueueFor(ctx, actor, period, `manual:${today}`, unitIds);
}

/** GET /api/periods/:id/reminders: the office's log, or a unit's own reminders (its inbox). */
export async function readReminders(
  ctx: ServiceContext,
  actor: Actor,
  periodId: number,
): Promise<ReminderDto[]> {
  requireRole(actor, 'admin', 'reporter');
  if (!(await getPeriod(ctx.db, periodId))) throw new AppError('not_found');
  const rows = await listReminders(
    ctx.db,
    periodId,
    actor.role === 'reporter' ? (actor.unitId ?? -1) : undefined,
  );
  const sendsOf = groupBy(
    await listSends(
      ctx.db,
      rows.map((r) => r.id),
    ),
    (s) => s.reminder_id,
  );
  return rows.map((row) => presentReminder(row, sendsOf.get(row.id) ?? []));
}
