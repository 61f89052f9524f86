/**
 * Delivers the reminder outbox: claims one due row at a time (never one another worker holds),
 * sends it by e-mail and SMS, logs every channel's outcome, and either finishes the row or
 * schedules a retry with exponential back-off (base × 2^(attempt − 1)); after the last attempt it
 * is marked failed, which the office's reminder log shows. A channel that already succeeded is
 * not sent again on a retry.
 *
 * Whom a unit's reminder goes to: the unit's own mailbox when the office has set one (a liaison
 * address read by whoever is on duty), else every reporter of the unit with an address, in one
 * message. Text messages go to the reporters' phones.
 */
import type { Selectable } from 'kysely';
import type { PersonalData } from '../crypto/personal-data.ts';
import type { Engine } from '../db/database.ts';
import type { ReminderTable } from '../db/schema.ts';
import type { MailSender, SmsSender } from '../mail/mailer.ts';
import { getUnitContact } from '../repositories/contact.repository.ts';
import {
  claimReminder,
  insertSend,
  listUnitReporters,
  releaseReminder,
} from '../repositories/reminder.repository.ts';
import type { Settings } from '../settings/registry.ts';
import { type ServiceContext, stamp } from './context.ts';
import { readSettings } from './settings.service.ts';

export interface DeliveryDeps {
  ctx: ServiceContext;
  engine: Engine;
  /** This process's name in claims and in the send log. */
  worker: string;
  personalData: PersonalData;
  /** The e-mail sender for the current settings; null when e-mail is off. */
  mailer: (settings: Settings) => MailSender | null;
  sms: SmsSender;
}

/** A claim older than this belonged to a worker that died; another may take the row. */
const CLAIM_EXPIRES_MS = 10 * 60_000;
/** Rows one run delivers at most, so one run never holds the scheduler for long. */
const PER_RUN = 500;

type Outcome = 'sent' | 'failed' | 'no_address' | 'not_configured';

function openAll(personalData: PersonalData, sealed: (string | null)[]): string[] {
  return sealed.flatMap((value) => {
    if (value === null) return [];
    try {
      return [personalData.open(value)];
    } catch {
      return []; // sealed under another key: treated as no address, never as plain text
    }
  });
}

/** The addresses and phone numbers a unit's reminder goes to. */
export async function unitRecipients(deps: DeliveryDeps, unitId: number) {
  const [unit, reporters] = await Promise.all([
    getUnitContact(deps.ctx.db, unitId),
    listUnitReporters(deps.ctx.db, unitId),
  ]);
  const mailbox = openAll(deps.personalData, [unit?.contact_email_sealed ?? null]);
  return {
    emails:
      mailbox.length > 0
        ? mailbox
        : openAll(
            deps.personalData,
            reporters.map((r) => r.email_sealed),
          ),
    phones: openAll(
      deps.personalData,
      reporters.map((r) => r.phone_sealed),
    ),
  };
}

async function attempt(
  done: string | null,
  to: string[],
  ready: boolean,
  send: () => Promise<void>,
): Promise<{ outcome: Outcome; detail: string | null } | null> {
  if (done === 'sent') return null;
  if (!ready) return { outcome: 'not_configured', detail: null };
  if (to.length === 0) return { outcome: 'no_address', detail: null };
  try {
    await send();
    return { outcome: 'sent', detail: `${to.length} recipient(s)` };
  } catch (error) {
    return { outcome: 'failed', detail: (error as Error).message.slice(0, 500) };
  }
}

async function deliverOne(
  deps: DeliveryDeps,
  row: Selectable<ReminderTable>,
  settings: Settings,
  mailer: MailSender | null,
): Promise<'sent' | 'retry' | 'failed'> {
  const { emails, phones } = await unitRecipients(deps, row.unit_id);
  const email = await attempt(row.email_outcome, emails, mailer !== null, () =>
    (mailer as MailSender).send({
      to: emails,
      subject: row.subject,
      text: row.body,
      messageId: `<reminder-${row.id}-${row.unit_id}-${row.period_id}@minsheng>`,
    }),
  );
  const sms = await attempt(row.sms_outcome, phones, true, () =>
    deps.sms.send({ to: phones, text: row.subject }),
  );
  const at = stamp(deps.ctx);
  for (const [channel, result] of [
    ['email', email],
    ['sms', sms],
  ] as const) {
    if (result)
      await insertSend(deps.ctx.db, {
        reminderId: row.id,
        attempt: row.attempts,
        channel,
        ...result,
        worker: deps.worker,
        at,
      });
  }
  const failed = [email, sms].find((r) => r?.outcome === 'failed');
  const outcomes = {
    email_outcome: email?.outcome ?? row.email_outcome,
    sms_outcome: sms?.outcome ?? row.sms_outcome,
    last_error: failed?.detail ?? null,
  };
  if (!failed) {
    await releaseReminder(deps.ctx.db, row.id, deps.worker, {
      ...outcomes,
      state: 'sent',
      finished_at: at,
    });
    return 'sent';
  }
  if (row.attempts >= settings['reminders.maxAttempts']) {
    await releaseReminder(deps.ctx.db, row.id, deps.worker, {
      ...outcomes,
      state: 'failed',
      finished_at: at,
    });
    return 'failed';
  }
  const backoff = settings['reminders.retryBaseMinutes'] * 60_000 * 2 ** (row.attempts - 1);
  await releaseReminder(deps.ctx.db, row.id, deps.worker, {
    ...outcomes,
    next_attempt_at: new Date(deps.ctx.clock.now().getTime() + backoff).toISOString(),
  });
  return 'retry';
}

/** Delivers every due reminder no other worker holds; counts what happened. */
export async function deliverReminders(deps: DeliveryDeps) {
  const settings = await readSettings(deps.ctx.db);
  const mailer = deps.mailer(settings);
  const tally = { sent: 0, retry: 0, failed: 0 };
  try {
    for (let i = 0; i < PER_RUN; i++) {
      const now = deps.ctx.clock.now();
      const row = await claimReminder(deps.ctx.db, deps.engine, {
        worker: deps.worker,
        now: now.toISOString(),
        staleBefore: new Date(now.getTime() - CLAIM_EXPIRES_MS).toISOString(),
      });
      if (!row) break;
      tally[await deliverOne(deps, row, settings, mailer)]++;
    }
  } finally {
    mailer?.close();
  }
  return tally;
}
