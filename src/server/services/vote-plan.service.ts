/**
 * From the vote to the plan in one step: the elected candidates become the year's plan through
 * the ordinary import (items, units, leaders, indicators from the target text), each candidate
 * remembers its item (so its proposers read "in the plan"), and the session its plan.
 */
import { planReadingOf } from '../../core/congress/plan-reading.ts';
import { buildPlanDocument } from '../../core/read-plan.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import type { TallyDto, VoteSessionDto } from '../presenters/vote.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { listCandidates, updateCandidate } from '../repositories/proposal.repository.ts';
import { planItems } from '../repositories/rating.repository.ts';
import { getVoteSession, updateVoteSession } from '../repositories/vote.repository.ts';
import { inTransaction, type ServiceContext } from './context.ts';
import { importInTransaction } from './import.service.ts';
import { voteView } from './vote.service.ts';

export interface PlanFromVote {
  version: number;
  title: string;
  jurisdiction?: string | undefined;
  category?: string | undefined;
  /** Supervising leaders per candidate id. */
  leaders?: Record<string, string[]> | undefined;
}

/** POST /api/congress/votes/:id/plan */
export async function makePlanFromVote(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: PlanFromVote,
): Promise<VoteSessionDto> {
  requireRole(actor, 'admin');
  return inTransaction(ctx, async (tx) => {
    const session = await getVoteSession(tx.db, id);
    if (!session) throw new AppError('not_found');
    if (!session.result || session.plan_id !== null)
      throw new AppError('invalid_transition', {
        message: '只有已公布结果且尚未生成计划的票决才能生成计划',
        messageEn: 'Only a published vote without a plan yet can become a plan',
      });
    const result = JSON.parse(session.result) as TallyDto;
    if (result.revote.length > 0)
      throw new AppError('invalid_transition', {
        message: '末位票数相同，须先重新票决',
        messageEn: 'A tie at the last seat must be voted again first',
      });
    const rows = await listCandidates(tx.db, { ids: result.elected });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const chosen = result.elected.flatMap((cid) => {
      const row = byId.get(cid);
      return row ? [row] : [];
    });
    const reading = planReadingOf(
      {
        title: input.title,
        year: session.year,
        category: input.category ?? '人大代表票决民生实事',
      },
      chosen.map((c) => ({
        title: c.title,
        target: c.target,
        unit: c.unit,
        leaders: input.leaders?.[String(c.id)] ?? [],
      })),
    );
    const summary = await importInTransaction(tx.db, reading, buildPlanDocument(reading), {
      actor,
      ...(input.jurisdiction ? { jurisdiction: input.jurisdiction } : {}),
    });
    const planId = summary.plan.id;
    if (planId === null || !summary.plan.created)
      throw new AppError('already_exists', {
        message: '同名同年度的计划已存在',
        messageEn: 'A plan of this title and year exists already',
      });
    const items = await planItems(tx.db, planId);
    for (const [i, candidate] of chosen.entries()) {
      const item = items[i];
      if (item) await updateCandidate(tx.db, candidate, { item_id: item.id });
    }
    if (!(await updateVoteSession(tx.db, { id, version: input.version }, { plan_id: planId })))
      throw new AppError('version_conflict', { details: await voteView(tx.db, id, actor) });
    const after = await voteView(tx.db, id, actor);
    await insertAuditEvent(tx.db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'vote_session.plan',
      entity: 'vote_session',
      entityId: id,
      after: { planId, items: items.map((item) => item.id) },
    });
    return after;
  });
}
