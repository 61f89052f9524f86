/**
 * Vote sessions (票决): set up by the office with their rules and candidates, the turnout, the
 * counts of paper or keypad ballots the office enters, the tally anyone can recompute from the
 * stored ballots (public once the session has closed), and the published result.
 */
import type { Kysely } from 'kysely';
import { tallyVote } from '../../core/congress/tally.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { presentCandidate } from '../presenters/proposal.presenter.ts';
import {
  BallotDto,
  type PublicVoteDto,
  paperOf,
  presentTally,
  rulesOf,
  type TallyDto,
  type VoteSessionDto,
} from '../presenters/vote.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { listBallots } from '../repositories/ballot.repository.ts';
import { countReceipts, hasReceipt } from '../repositories/ballot-receipt.repository.ts';
import { listCandidates, proposalIdsOf } from '../repositories/proposal.repository.ts';
import {
  ballotCandidates,
  getVoteSession,
  insertVoteSession,
  listVoteSessions,
  updateVoteSession,
} from '../repositories/vote.repository.ts';
import { inTransaction, type ServiceContext, stamp } from './context.ts';

export interface NewVoteSession {
  year: number;
  title: string;
  candidateIds: number[];
  seats: number;
  maxChoices: number;
  allowAbstain: boolean;
  passRule: VoteSessionDto['passRule'];
  tieRule: VoteSessionDto['tieRule'];
  opensAt: string;
  closesAt: string;
  electorate: number;
}

async function requireSession(db: Kysely<Database>, id: number) {
  const row = await getVoteSession(db, id);
  if (!row) throw new AppError('not_found');
  return row;
}

async function ballotFiles(db: Kysely<Database>, sessionId: number) {
  const ids = await ballotCandidates(db, sessionId);
  const rows = await listCandidates(db, { ids });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const proposals = await proposalIdsOf(db, ids);
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [presentCandidate(row, proposals.get(id) ?? [])] : [];
  });
}

/** The tally of the stored ballots and entered counts, as it stands. */
export async function computeTally(db: Kysely<Database>, sessionId: number): Promise<TallyDto> {
  const row = await requireSession(db, sessionId);
  const candidates = await ballotCandidates(db, sessionId);
  const ballots = await listBallots(db, sessionId);
  const tally = tallyVote(
    candidates,
    ballots.map((b) => b.choices),
    paperOf(row),
    rulesOf(row),
  );
  const titles = new Map(
    (await listCandidates(db, { ids: candidates })).map((c) => [c.id, c.title]),
  );
  return presentTally(tally, titles);
}

export async function voteView(
  db: Kysely<Database>,
  id: number,
  actor: Actor,
): Promise<VoteSessionDto> {
  const row = await requireSession(db, id);
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    seats: row.seats,
    maxChoices: row.max_choices,
    allowAbstain: row.allow_abstain === 1,
    passRule: rulesOf(row).passRule,
    tieRule: rulesOf(row).tieRule,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    electorate: row.electorate,
    candidates: await ballotFiles(db, id),
    paper: paperOf(row),
    turnout: await countReceipts(db, id),
    voted:
      actor.role === 'deputy' && actor.userId !== null
        ? await hasReceipt(db, id, actor.userId)
        : null,
    publishedAt: row.published_at,
    result: row.result ? (JSON.parse(row.result) as TallyDto) : null,
    planId: row.plan_id,
    version: row.version,
  };
}

function checkRules(input: NewVoteSession) {
  const fail = (message: string, messageEn: string) => {
    throw new AppError('validation_failed', { message, messageEn });
  };
  const n = new Set(input.candidateIds).size;
  if (n !== input.candidateIds.length) fail('候选项目重复', 'A candidate is listed twice');
  if (input.seats >= n)
    fail(
      '差额票决：候选项目数须多于拟选项目数',
      'A competitive vote needs more candidates than seats',
    );
  if (input.maxChoices < 1 || input.maxChoices > n)
    fail(
      '每位代表最多可选数须在1与候选项目数之间',
      'Choices per deputy must be 1 to the number of candidates',
    );
  if (!(Date.parse(input.opensAt) < Date.parse(input.closesAt)))
    fail('票决结束时间须晚于开始时间', 'The vote must close after it opens');
}

/** POST /api/congress/votes */
export async function createVoteSession(
  ctx: ServiceContext,
  actor: Actor,
  input: NewVoteSession,
): Promise<VoteSessionDto> {
  requireRole(actor, 'admin');
  checkRules(input);
  return inTransaction(ctx, async (tx) => {
    const rows = await listCandidates(tx.db, { ids: input.candidateIds });
    if (
      rows.length !== input.candidateIds.length ||
      rows.some((r) => r.decision !== 'candidate' || r.year !== input.year)
    )
      throw new AppError('validation_failed', {
        message: '只有本年度已列为候选的项目才能进入票决',
        messageEn: "Only this year's accepted candidates can go to the vote",
      });
    const id = await insertVoteSession(
      tx.db,
      {
        year: input.year,
        title: input.title,
        seats: input.seats,
        max_choices: input.maxChoices,
        allow_abstain: input.allowAbstain ? 1 : 0,
        pass_rule: input.passRule,
        tie_rule: input.tieRule,
        opens_at: new Date(input.opensAt).toISOString(),
        closes_at: new Date(input.closesAt).toISOString(),
        electorate: input.electorate,
        result: null,
        published_at: null,
        plan_id: null,
        created_at: stamp(tx),
      },
      input.candidateIds,
    );
    const dto = await voteView(tx.db, id, actor);
    await insertAuditEvent(tx.db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'vote_session.create',
      entity: 'vote_session',
      entityId: id,
      after: dto,
    });
    return dto;
  });
}

export async function readVoteSession(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
): Promise<VoteSessionDto> {
  requireRole(actor, 'admin', 'deputy');
  return voteView(ctx.db, id, actor);
}

export async function readVoteSessions(
  ctx: ServiceContext,
  actor: Actor,
): Promise<VoteSessionDto[]> {
  requireRole(actor, 'admin', 'deputy');
  const rows = await listVoteSessions(ctx.db);
  return Promise.all(rows.map((row) => voteView(ctx.db, row.id, actor)));
}

/** PUT /api/congress/votes/:id/paper: the counts of paper or keypad ballots. */
export async function enterPaperCounts(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: {
    version: number;
    ballots: number;
    abstentions: number;
    votes: { candidateId: number; votes: number }[];
  },
): Promise<VoteSessionDto> {
  requireRole(actor, 'admin');
  return inTransaction(ctx, async (tx) => {
    const row = await requireSession(tx.db, id);
    if (row.published_at) throw new AppError('invalid_transition');
    const candidates = new Set(await ballotCandidates(tx.db, id));
    const votes: Record<string, number> = {};
    for (const entry of input.votes) {
      if (!candidates.has(entry.candidateId))
        throw new AppError('validation_failed', {
          message: '所填候选项目不在本次票决中',
          messageEn: 'A counted candidate is not on this ballot',
        });
      votes[entry.candidateId] = entry.votes;
    }
    const most = Math.max(0, ...Object.values(votes));
    const total = Object.values(votes).reduce((a, b) => a + b, 0);
    if (
      input.abstentions > input.ballots ||
      most > input.ballots - input.abstentions ||
      total > (input.ballots - input.abstentions) * row.max_choices
    )
      throw new AppError('validation_failed', {
        message: '票数与投票人数不符',
        messageEn: 'The counts do not fit the number of ballots',
      });
    const before = await voteView(tx.db, id, actor);
    const saved = await updateVoteSession(
      tx.db,
      { id, version: input.version },
      {
        paper_ballots: input.ballots,
        paper_abstentions: input.abstentions,
        paper_counts: JSON.stringify(votes),
      },
    );
    if (!saved) throw new AppError('version_conflict', { details: before });
    const after = await voteView(tx.db, id, actor);
    await insertAuditEvent(tx.db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'vote_session.paper_counts',
      entity: 'vote_session',
      entityId: id,
      before: before.paper,
      after: after.paper,
    });
    return after;
  });
}

const closed = (ctx: ServiceContext, row: { closes_at: string }) =>
  ctx.clock.now().getTime() >= Date.parse(row.closes_at);

/** POST /api/congress/votes/:id/publish: after the window, the tally becomes the result. */
export async function publishVote(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  version: number,
): Promise<VoteSessionDto> {
  requireRole(actor, 'admin');
  return inTransaction(ctx, async (tx) => {
    const row = await requireSession(tx.db, id);
    if (!closed(tx, row)) throw new AppError('vote_not_closed');
    if (row.published_at) throw new AppError('invalid_transition');
    const tally = await computeTally(tx.db, id);
    const saved = await updateVoteSession(
      tx.db,
      { id, version },
      { result: JSON.stringify(tally), published_at: stamp(tx) },
    );
    if (!saved)
      throw new AppError('version_conflict', { details: await voteView(tx.db, id, actor) });
    const after = await voteView(tx.db, id, actor);
    await insertAuditEvent(tx.db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'vote_session.publish',
      entity: 'vote_session',
      entityId: id,
      after: after.result,
    });
    return after;
  });
}

/** GET /api/public/votes/:id: the tally recomputed now, once the vote has closed. */
export async function readPublicVote(ctx: ServiceContext, id: number): Promise<PublicVoteDto> {
  const row = await requireSession(ctx.db, id);
  if (!closed(ctx, row)) throw new AppError('vote_not_closed');
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    seats: row.seats,
    maxChoices: row.max_choices,
    passRule: rulesOf(row).passRule,
    tieRule: rulesOf(row).tieRule,
    electorate: row.electorate,
    closesAt: row.closes_at,
    publishedAt: row.published_at,
    tally: await computeTally(ctx.db, id),
  };
}

/** GET /api/public/votes/:id/ballots: every ballot's content, for anyone to recount. */
export async function readPublicBallots(ctx: ServiceContext, id: number) {
  const row = await requireSession(ctx.db, id);
  if (!closed(ctx, row)) throw new AppError('vote_not_closed');
  const ballots = await listBallots(ctx.db, id);
  return {
    candidates: await ballotCandidates(ctx.db, id),
    paper: paperOf(row),
    ballots: ballots.map((b) => BallotDto.parse(b)),
  };
}
