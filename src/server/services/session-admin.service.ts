/** The security administrator's view of sessions: who is signed in from where, and ending one. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireDuty } from '../policies/duties.ts';
import { presentSession, type SessionDto } from '../presenters/session.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import {
  deleteSession,
  findSession,
  listLiveSessions,
} from '../repositories/session.repository.ts';

type Db = Kysely<Database>;

/** Live sessions, optionally of one account (security administrator). */
export async function readSessions(
  db: Db,
  actor: Actor,
  at: Date,
  userId?: number,
): Promise<SessionDto[]> {
  requireDuty(actor, 'sessions.manage');
  return (await listLiveSessions(db, at.toISOString(), userId)).map(presentSession);
}

/** Ends a session at once (a stolen laptop, a departed employee). */
export async function revokeSession(db: Db, actor: Actor, sessionId: string): Promise<void> {
  requireDuty(actor, 'sessions.manage');
  const session = await findSession(db, sessionId);
  if (!session) throw new AppError('not_found');
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, sessionId);
    await insertAuditEvent(trx, {
      userId: actor.userId,
      actor: actor.name,
      action: 'session.revoke',
      entity: 'user',
      entityId: session.user_id,
      before: { session: sessionId.slice(0, 12), address: session.address },
      after: null,
    });
  });
}
