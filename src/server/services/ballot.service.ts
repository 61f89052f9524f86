/**
 * A deputy's vote: once, inside the session's window, at most N candidates, only candidates on
 * the ballot, an empty ballot only where abstention is allowed. The receipt (who) and the ballot
 * (what, under a random id) are inserted in one transaction and never joined; the audit event
 * says that the deputy voted, never for what.
 */
import { randomUUID } from 'node:crypto';
import { dbFault } from '../db/db-error.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { insertBallot } from '../repositories/ballot.repository.ts';
import { insertReceipt } from '../repositories/ballot-receipt.repository.ts';
import { ballotCandidates, getVoteSession } from '../repositories/vote.repository.ts';
import { inTransaction, type ServiceContext } from './context.ts';

const invalid = (message: string, messageEn: string) =>
  new AppError('validation_failed', { message, messageEn });

/** POST /api/congress/votes/:id/ballot */
export async function castBallot(
  ctx: ServiceContext,
  actor: Actor,
  sessionId: number,
  choices: number[],
): Promise<{ voted: true }> {
  requireRole(actor, 'deputy');
  const userId = actor.userId;
  if (userId === null) throw new AppError('forbidden');
  const session = await getVoteSession(ctx.db, sessionId);
  if (!session) throw new AppError('not_found');
  const now = ctx.clock.now().getTime();
  if (now < Date.parse(session.opens_at) || now >= Date.parse(session.closes_at))
    throw new AppError('vote_not_open');
  const onBallot = new Set(await ballotCandidates(ctx.db, sessionId));
  const chosen = [...new Set(choices)].sort((a, b) => a - b);
  if (chosen.length !== choices.length)
    throw invalid('同一候选项目只能选一次', 'Choose a candidate once');
  if (chosen.some((id) => !onBallot.has(id)))
    throw invalid('所选项目不在本次票决的候选项目中', 'A chosen candidate is not on this ballot');
  if (chosen.length > session.max_choices)
    throw invalid(
      `每位代表最多选${session.max_choices}项`,
      `Each deputy chooses at most ${session.max_choices}`,
    );
  if (chosen.length === 0 && session.allow_abstain !== 1)
    throw invalid('本次票决不设弃权，请至少选择一项', 'Abstention is not allowed in this vote');
  try {
    await inTransaction(ctx, async (tx) => {
      await insertReceipt(tx.db, sessionId, userId);
      await insertBallot(tx.db, { id: randomUUID(), sessionId, choices: chosen });
      await insertAuditEvent(tx.db, {
        userId,
        actor: actor.name,
        action: 'vote.cast',
        entity: 'vote_session',
        entityId: sessionId,
        after: { voted: true },
      });
    });
  } catch (error) {
    if (dbFault(error) === 'unique_violation') throw new AppError('already_voted');
    throw error;
  }
  return { voted: true };
}
