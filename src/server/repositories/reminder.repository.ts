/**
 * The reminder outbox. A row is inserted once per unit, period and event (insert-or-ignore on
 * the unique key), and delivered by whichever worker claims it first: on PostgreSQL the claim
 * skips rows another worker holds locked (FOR UPDATE SKIP LOCKED); SQLite has one writer, so
 * its single UPDATE is already atomic. A claim left by a crashed worker expires.
 */
import type { Kysely, Updateable } from 'kysely';
import type { Engine } from '../db/database.ts';
import type { Database, ReminderTable } from '../db/schema.ts';

type Db = Kysely<Database>;

export async function enqueueReminder(
  db: Db,
  row: {
    unitId: number;
    periodId: number;
    event: string;
    subject: string;
    body: string;
    createdBy: string;
    at: string;
  },
): Promise<number | null> {
  const inserted = await db
    .insertInto('reminders')
    .values({
      unit_id: row.unitId,
      period_id: row.periodId,
      event: row.event,
      subject: row.subject,
      body: row.body,
      state: 'pending',
      attempts: 0,
      next_attempt_at: row.at,
      created_by: row.createdBy,
      created_at: row.at,
    })
    .onConflict((oc) => oc.columns(['unit_id', 'period_id', 'event']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id ?? null;
}

/** Claims the oldest due reminder for `worker`, or returns undefined when none is free. */
export function claimReminder(
  db: Db,
  engine: Engine,
  claim: { worker: string; now: string; staleBefore: string },
) {
  const due = db
    .selectFrom('reminders')
    .select('id')
    .where('state', '=', 'pending')
    .where('next_attempt_at', '<=', claim.now)
    .where((eb) => eb.or([eb('claimed_by', 'is', null), eb('claimed_at', '<', claim.staleBefore)]))
    .orderBy('id')
    .limit(1);
  return db
    .updateTable('reminders')
    .set((eb) => ({
      claimed_by: claim.worker,
      claimed_at: claim.now,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', '=', engine === 'postgres' ? due.forUpdate().skipLocked() : due)
    .returningAll()
    .executeTakeFirst();
}

/** Writes a worker's result and releases its claim, if the claim is still its own. */
export async function releaseReminder(
  db: Db,
  id: number,
  worker: string,
  fields: Updateable<ReminderTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('reminders')
    .set({ ...fields, claimed_by: null, claimed_at: null })
    .where('id', '=', id)
    .where('claimed_by', '=', worker)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertSend(
  db: Db,
  row: {
    reminderId: number;
    attempt: number;
    channel: 'email' | 'sms';
    outcome: string;
    detail: string | null;
    worker: string;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto('reminder_sends')
    .values({
      reminder_id: row.reminderId,
      attempt: row.attempt,
      channel: row.channel,
      outcome: row.outcome,
      detail: row.detail,
      worker: row.worker,
      at: row.at,
    })
    .execute();
}

/** A period's reminders with their unit's name, newest first; one unit's when asked. */
export function listReminders(db: Db, periodId: number, unitId?: number) {
  let query = db
    .selectFrom('reminders')
    .innerJoin('units', 'units.id', 'reminders.unit_id')
    .selectAll('reminders')
    .select('units.name as unit')
    .where('reminders.period_id', '=', periodId)
    .orderBy('reminders.id', 'desc');
  if (unitId !== undefined) query = query.where('reminders.unit_id', '=', unitId);
  return query.execute();
}

export const listSends = (db: Db, reminderIds: number[]) =>
  reminderIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('reminder_sends')
        .selectAll()
        .where('reminder_id', 'in', reminderIds)
        .orderBy('id')
        .execute();

/** Reporters of a unit with their sealed contact fields. */
export const listUnitReporters = (db: Db, unitId: number) =>
  db
    .selectFrom('users')
    .select(['id', 'email_sealed', 'phone_sealed'])
    .where('unit_id', '=', unitId)
    .where('role', '=', 'reporter')
    .orderBy('id')
    .execute();
