/**
 * Screening (筛选): the office groups proposals that ask for the same thing into one candidate
 * (the proposals stay linked, so each proposer follows it), writes its file (description, cost,
 * responsible unit, target) and decides it with a reason: a candidate for the deputies' vote,
 * refused (a negative-list entry, feasibility or cost), the reserve pool (储备库) for a later year,
 * or passed to a department as routine work.
 */
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { type CandidateDto, presentCandidate } from '../presenters/proposal.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import {
  getCandidate,
  insertCandidate,
  linkProposals,
  listCandidates,
  listProposalsByIds,
  proposalIdsOf,
  updateCandidate,
} from '../repositories/proposal.repository.ts';
import { sessionsOfCandidate } from '../repositories/vote.repository.ts';
import { inTransaction, type ServiceContext, stamp } from './context.ts';
import { readSetting } from './settings.service.ts';

export interface CandidateFile {
  title: string;
  description: string;
  cost: number | null;
  unit: string | null;
  target: string;
}

export type Decision =
  | { decision: 'candidate' | 'reserve' | 'referred'; reason: string }
  | { decision: 'refused'; refusal: string; reason: string };

/** The refusal grounds besides the negative list. */
export const OTHER_REFUSALS = ['feasibility', 'cost'] as const;

export async function candidateView(ctx: Pick<ServiceContext, 'db'>, id: number) {
  const row = await getCandidate(ctx.db, id);
  if (!row) throw new AppError('not_found');
  return presentCandidate(row, (await proposalIdsOf(ctx.db, [id])).get(id) ?? []);
}

async function checkProposals(ctx: ServiceContext, year: number, ids: number[]) {
  const rows = await listProposalsByIds(ctx.db, ids);
  if (rows.length !== new Set(ids).size || rows.some((r) => r.year !== year))
    throw new AppError('validation_failed', {
      message: '所选建议不存在或不属于该年度',
      messageEn: 'A chosen proposal does not exist or belongs to another year',
    });
}

/** POST /api/congress/candidates: a candidate from one or more proposals. */
export async function createCandidate(
  ctx: ServiceContext,
  actor: Actor,
  input: CandidateFile & { year: number; proposalIds: number[] },
): Promise<CandidateDto> {
  requireRole(actor, 'admin');
  return inTransaction(ctx, async (tx) => {
    await checkProposals(tx, input.year, input.proposalIds);
    const id = await insertCandidate(tx.db, {
      year: input.year,
      title: input.title,
      description: input.description,
      cost: input.cost,
      unit: input.unit,
      target: input.target,
      decision: 'pending',
      refusal: null,
      reason: null,
      decided_at: null,
      item_id: null,
      created_at: stamp(tx),
    });
    await linkProposals(tx.db, id, input.proposalIds);
    const dto = await candidateView(tx, id);
    await insertAuditEvent(tx.db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'candidate.create',
      entity: 'candidate',
      entityId: id,
      after: dto,
    });
    return dto;
  });
}

async function onBallot(ctx: ServiceContext, id: number): Promise<void> {
  if ((await sessionsOfCandidate(ctx.db, id)).length > 0)
    throw new AppError('invalid_transition', {
      message: '该候选项目已列入票决，不能再修改',
      messageEn: 'The candidate is on a ballot and can no longer change',
    });
}

/** PUT /api/congress/candidates/:id: the file, and proposals added to it (merging duplicates). */
export async function editCandidate(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: CandidateFile & { version: number; addProposalIds: number[] },
): Promise<CandidateDto> {
  requireRole(actor, 'admin');
  return inTransaction(ctx, async (tx) => {
    const before = await candidateView(tx, id);
    await onBallot(tx, id);
    await checkProposals(tx, before.year, input.addProposalIds);
    const { version, addProposalIds, ...file } = input;
    if (!(await updateCandidate(tx.db, { id, version }, file)))
      throw new AppError('version_conflict', { details: before });
    await linkProposals(tx.db, id, addProposalIds);
    const after = await candidateView(tx, id);
    await insertAuditEvent(tx.db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'candidate.update',
      entity: 'candidate',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** POST /api/congress/candidates/:id/decision */
export async function decideCandidate(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: Decision & { version: number },
): Promise<CandidateDto> {
  requireRole(actor, 'admin');
  if (input.decision === 'refused') {
    const codes = [
      ...(await readSetting(ctx.db, 'congress.negativeList')).map((entry) => entry.code),
      ...OTHER_REFUSALS,
    ];
    if (!codes.includes(input.refusal))
      throw new AppError('validation_failed', {
        message: `不予采纳的依据须为负面清单中的一项，或 feasibility（可行性）、cost（成本）：${codes.join('、')}`,
        messageEn: `A refusal names a negative-list entry, feasibility or cost: ${codes.join(', ')}`,
      });
  }
  return inTransaction(ctx, async (tx) => {
    const before = await candidateView(tx, id);
    await onBallot(tx, id);
    const fields = {
      decision: input.decision,
      refusal: input.decision === 'refused' ? input.refusal : null,
      reason: input.reason,
      decided_at: stamp(tx),
    };
    if (!(await updateCandidate(tx.db, { id, version: input.version }, fields)))
      throw new AppError('version_conflict', { details: before });
    const after = await candidateView(tx, id);
    await insertAuditEvent(tx.db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'candidate.decide',
      entity: 'candidate',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** GET /api/congress/candidates?year= (the office and deputies: the files they vote on). */
export async function readCandidates(
  ctx: ServiceContext,
  actor: Actor,
  year: number,
): Promise<CandidateDto[]> {
  requireRole(actor, 'admin', 'deputy');
  const rows = await listCandidates(ctx.db, { year });
  const visible = actor.role === 'admin' ? rows : rows.filter((r) => r.decision === 'candidate');
  const proposals = await proposalIdsOf(
    ctx.db,
    visible.map((r) => r.id),
  );
  return visible.map((row) => presentCandidate(row, proposals.get(row.id) ?? []));
}
