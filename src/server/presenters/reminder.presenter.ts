/** The API's shape of a reminder: what it said, to which unit, and how each delivery went. */
import { z } from 'zod';
import type { listReminders, listSends } from '../repositories/reminder.repository.ts';

export const ReminderDto = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unit: z.string(),
  periodId: z.number().int(),
  event: z.string().describe('before_due, due, overdue, or manual:YYYY-MM-DD'),
  subject: z.string(),
  body: z.string(),
  state: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  emailOutcome: z.string().nullable().describe('sent, failed, no_address or not_configured'),
  smsOutcome: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  sends: z.array(
    z.object({
      attempt: z.number().int(),
      channel: z.enum(['email', 'sms']),
      outcome: z.string(),
      detail: z.string().nullable(),
      at: z.string(),
    }),
  ),
});
export type ReminderDto = z.infer<typeof ReminderDto>;

type Row = Awaited<ReturnType<typeof listReminders>>[number];
type Send = Awaited<ReturnType<typeof listSends>>[number];

export const presentReminder = (row: Row, sends: Send[]): ReminderDto => ({
  id: row.id,
  unitId: row.unit_id,
  unit: row.unit,
  periodId: row.period_id,
  event: row.event,
  subject: row.subject,
  body: row.body,
  state: row.state as ReminderDto['state'],
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
  emailOutcome: row.email_outcome,
  smsOutcome: row.sms_outcome,
  lastError: row.last_error,
  createdAt: row.created_at,
  finishedAt: row.finished_at,
  sends: sends.map((s) => ({
    attempt: s.attempt,
    channel: s.channel as 'email' | 'sms',
    outcome: s.outcome,
    detail: s.detail,
    at: s.at,
  })),
});
