/**
 * A signed-in user's own sessions: where they are signed in, and signing out everywhere else
 * (a browser left open on another computer). The security administrator's view is
 * session-admin.service.ts; this one never reaches another account.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { presentSession, type SessionDto } from '../presenters/session.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { deleteSessionsOfUser, listLiveSessions } from '../repositories/session.repository.ts';

type Db = Kysely<Database>;

const signedIn = (actor: Actor) => {
  if (actor.userId === null || actor.sessionId === null) throw new AppError('unauthenticated');
  return { userId: actor.userId, sessionId: actor.sessionId };
};

/** The user's live sessions, newest first, the one asking marked `current`. */
export async function readOwnSessions(
  db: Db,
  actor: Actor,
  at: Date,
): Promise<(SessionDto & { current: boolean })[]> {
  const { userId, sessionId } = signedIn(actor);
  return (await listLiveSessions(db, at.toISOString(), userId)).map((row) => ({
    ...presentSession(row),
    current: row.id === sessionId,
  }));
}

/** Ends every other session of the user; returns how many were live. */
export async function endOtherSessions(db: Db, actor: Actor, at: Date): Promise<number> {
  const { userId, sessionId } = signedIn(actor);
  return db.transaction().execute(async (trx) => {
    const others = (await listLiveSessions(trx, at.toISOString(), userId)).filter(
      (s) => s.id !== sessionId,
    );
    await deleteSessionsOfUser(trx, userId, sessionId);
    await insertAuditEvent(trx, {
      userId,
      actor: actor.name,
      action: 'session.end_others',
      entity: 'user',
      entityId: userId,
      before: { sessions: others.length + 1 },
      after: { sessions: 1 },
    });
    return others.length;
  });
}
