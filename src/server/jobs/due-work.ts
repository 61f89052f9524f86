/**
 * The supervision office's routine, as one function the scheduler calls and tests call directly:
 * issue the notices due today, enqueue today's reminders, deliver the outbox. Safe to run on
 * several servers at once and as often as wanted: every step is insert-or-ignore or a claim.
 */
import { hostname } from 'node:os';
import type { PersonalData } from '../crypto/personal-data.ts';
import type { Clock } from '../db/clock.ts';
import type { Db } from '../db/database.ts';
import { loggingSms, type MailSender, type SmsSender, smtpMailer } from '../mail/mailer.ts';
import { SYSTEM } from '../policies/actor.ts';
import { generateNotices } from '../services/notice-generation.service.ts';
import { enqueueDueReminders } from '../services/reminder.service.ts';
import { deliverReminders } from '../services/reminder-delivery.ts';
import type { Settings } from '../settings/registry.ts';

export interface DueWorkDeps {
  store: Db;
  clock: Clock;
  personalData: PersonalData;
  /** Name of this process in claims and logs (default: host and pid). */
  worker?: string;
  mailer?: (settings: Settings) => MailSender | null;
  sms?: SmsSender;
  log?: (line: string) => void;
}

export interface DueWorkResult {
  notices: number;
  reminders: number;
  delivered: { sent: number; retry: number; failed: number };
}

/** One round of due work. */
export async function runDueWork(deps: DueWorkDeps): Promise<DueWorkResult> {
  const ctx = { db: deps.store.db, clock: deps.clock };
  const log = deps.log ?? (() => {});
  const notices = await generateNotices(ctx, SYSTEM);
  const reminders = await enqueueDueReminders(ctx, SYSTEM);
  const delivered = await deliverReminders({
    ctx,
    engine: deps.store.engine,
    worker: deps.worker ?? `${hostname()}:${process.pid}`,
    personalData: deps.personalData,
    mailer: deps.mailer ?? smtpMailer,
    sms: deps.sms ?? loggingSms(log),
  });
  return { notices, reminders, delivered };
}
