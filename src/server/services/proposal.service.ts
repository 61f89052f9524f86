/**
 * Proposals (征集): the collection window of each year, a citizen's proposal from the public
 * form (the same checks as a comment: lengths, blocked words, a contact that is a phone or an
 * e-mail, sealed), the office's entry of proposals that came by letter, hotline or meeting, and
 * the proposer's own view by tracking number: what became of it and why.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Lang } from '../../core/labels.ts';
import type { PersonalData } from '../crypto/personal-data.ts';
import { dateIn } from '../db/clock.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { type Actor, PUBLIC } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import {
  type ProposalDto,
  type ProposalWindowDto,
  presentProposal,
  presentWindow,
  type TrackedProposalDto,
} from '../presenters/proposal.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import {
  findProposalByTracking,
  getCandidate,
  getProposal,
  getWindow,
  insertProposal,
  insertWindow,
  listProposals,
  listWindows,
  openWindow,
  proposalIdsOf,
  updateWindow,
} from '../repositories/proposal.repository.ts';
import { electionOf } from '../repositories/vote.repository.ts';
import { checkContact } from './comment.service.ts';
import { type ServiceContext, stamp } from './context.ts';
import { checkPublicText } from './public-input.ts';
import { readSetting } from './settings.service.ts';
import { newTrackingNumber, normaliseTrackingNumber } from './tracking-number.ts';

export const PROPOSAL_TITLE_MAX = 60;
export const PROPOSAL_BODY_MAX = 2000;
const PLACE_MAX = 100;
const CONTACT_MAX = 100;
const TRACKING_FORM = /^P\d{4}-[0-9A-Z]{8}$/;

export const IsoDate = z.iso.date();

async function todayOf(ctx: ServiceContext): Promise<string> {
  return dateIn(ctx.clock, await readSetting(ctx.db, 'supervision.timeZone'));
}

export async function readWindows(ctx: ServiceContext, actor: Actor): Promise<ProposalWindowDto[]> {
  requireRole(actor, 'admin', 'deputy');
  const today = await todayOf(ctx);
  return (await listWindows(ctx.db)).map((row) => presentWindow(row, today));
}

/** The window open today for the public form, or null. */
export async function currentWindow(ctx: ServiceContext): Promise<ProposalWindowDto | null> {
  const today = await todayOf(ctx);
  const row = await openWindow(ctx.db, today);
  return row ? presentWindow(row, today) : null;
}

/** PUT /api/congress/windows/:year: sets the year's collection dates (a new year needs no version). */
export async function saveWindow(
  ctx: ServiceContext,
  actor: Actor,
  year: number,
  input: { opensOn: string; closesOn: string; version?: number | undefined },
): Promise<ProposalWindowDto> {
  requireRole(actor, 'admin');
  if (input.closesOn < input.opensOn)
    throw new AppError('validation_failed', {
      message: '征集截止日期不能早于开始日期',
      messageEn: 'The window cannot close before it opens',
    });
  return ctx.db.transaction().execute(async (db) => {
    const before = await getWindow(db, year);
    const fields = { opens_on: input.opensOn, closes_on: input.closesOn, updated_at: stamp(ctx) };
    if (!before) await insertWindow(db, { year, ...fields });
    else if (input.version === undefined || !(await updateWindow(db, year, input.version, fields)))
      throw new AppError('version_conflict', { details: before });
    const after = await getWindow(db, year);
    const today = await todayOf({ db, clock: ctx.clock });
    const dto = after && presentWindow(after, today);
    await insertAuditEvent(db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'proposal_window.save',
      entity: 'proposal_window',
      entityId: year,
      before,
      after: dto,
    });
    if (!dto) throw new AppError('not_found');
    return dto;
  });
}

export interface NewProposal {
  title: string;
  body: string;
  place: string;
  contact: string;
  lang: Lang;
}

async function checkProposal(db: Kysely<Database>, input: NewProposal) {
  const [title, body, place, contact] = await checkPublicText(db, [
    {
      label: '建议题目',
      labelEn: 'title',
      value: input.title,
      max: PROPOSAL_TITLE_MAX,
      required: true,
    },
    {
      label: '建议内容',
      labelEn: 'proposal',
      value: input.body,
      max: PROPOSAL_BODY_MAX,
      required: true,
    },
    { label: '实施地点', labelEn: 'place', value: input.place, max: PLACE_MAX },
    { label: '联系方式', labelEn: 'contact', value: input.contact, max: CONTACT_MAX },
  ]);
  checkContact(contact ?? '');
  return { title: title ?? '', body: body ?? '', place: place || null, contact: contact ?? '' };
}

async function storeProposal(
  ctx: ServiceContext,
  deps: { personalData: PersonalData },
  actor: Actor,
  fields: Awaited<ReturnType<typeof checkProposal>> & {
    year: number;
    channel: string;
    lang: Lang;
  },
): Promise<ProposalDto> {
  const trackingNumber = newTrackingNumber('P', fields.year);
  return ctx.db.transaction().execute(async (db) => {
    const id = await insertProposal(db, {
      tracking_number: trackingNumber,
      year: fields.year,
      channel: fields.channel,
      title: fields.title,
      body: fields.body,
      place: fields.place,
      contact: fields.contact ? deps.personalData.seal(fields.contact) : null,
      lang: fields.lang,
      candidate_id: null,
      created_at: stamp(ctx),
    });
    const row = await getProposal(db, id);
    if (!row) throw new AppError('not_found');
    const dto = presentProposal(row);
    await insertAuditEvent(db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'proposal.create',
      entity: 'proposal',
      entityId: id,
      after: dto,
    });
    return dto;
  });
}

/** A citizen's proposal from the public form, inside the open window; the tracking number back. */
export async function postProposal(
  ctx: ServiceContext,
  deps: { personalData: PersonalData },
  input: NewProposal,
): Promise<string> {
  const window = await currentWindow(ctx);
  if (!window) throw new AppError('proposals_closed');
  const fields = await checkProposal(ctx.db, input);
  const dto = await storeProposal(ctx, deps, PUBLIC, {
    ...fields,
    year: window.year,
    channel: 'web',
    lang: input.lang,
  });
  return dto.trackingNumber;
}

/** POST /api/congress/proposals: one that came by letter, hotline or a meeting (the office). */
export async function enterProposal(
  ctx: ServiceContext,
  deps: { personalData: PersonalData },
  actor: Actor,
  input: NewProposal & { year: number; channel: 'letter' | 'hotline' | 'meeting' | 'web' },
): Promise<ProposalDto> {
  requireRole(actor, 'admin');
  if (!(await getWindow(ctx.db, input.year)))
    throw new AppError('validation_failed', {
      message: `${input.year}年尚未设置征集期`,
      messageEn: `No collection window is set for ${input.year}`,
    });
  const fields = await checkProposal(ctx.db, input);
  return storeProposal(ctx, deps, actor, {
    ...fields,
    year: input.year,
    channel: input.channel,
    lang: input.lang,
  });
}

/** GET /api/congress/proposals */
export async function readProposals(
  ctx: ServiceContext,
  actor: Actor,
  filter: { year: number; unscreened?: boolean },
): Promise<ProposalDto[]> {
  requireRole(actor, 'admin');
  return (await listProposals(ctx.db, filter)).map(presentProposal);
}

const OUTCOMES = {
  received: ['已收到，等待筛选', 'Received; waiting to be screened'],
  screening: ['正在筛选', 'Being screened'],
  refused: ['未被采纳', 'Not taken up'],
  reserve: ['列入储备库，留待以后年度考虑', 'Kept in the reserve pool for a later year'],
  referred: [
    '转交有关部门作为日常工作办理',
    'Passed to the responsible department as routine work',
  ],
  candidate: ['列为候选项目，提交人大代表票决', "A candidate in the deputies' vote"],
  elected: ['经人大代表票决入选', 'Chosen by the deputies’ vote'],
  not_elected: ['参加票决，未入选', 'In the deputies’ vote, not chosen'],
  in_plan: ['已列入本年度民生实事计划', "In this year's plan of livelihood commitments"],
} as const;

/** The proposer's own view, by the tracking number as they typed it. */
export async function trackProposal(
  db: Kysely<Database>,
  typed: string,
): Promise<TrackedProposalDto> {
  const number = normaliseTrackingNumber(typed);
  const row = TRACKING_FORM.test(number) ? await findProposalByTracking(db, number) : undefined;
  if (!row)
    throw new AppError('not_found', {
      message: '未找到该编号的建议',
      messageEn: 'No proposal has this tracking number',
    });
  const candidate =
    row.candidate_id === null ? undefined : await getCandidate(db, row.candidate_id);
  const election = candidate ? await electionOf(db, candidate.id) : null;
  let stage: TrackedProposalDto['stage'] = 'received';
  if (candidate) {
    if (candidate.decision === 'pending') stage = 'screening';
    else if (candidate.decision !== 'candidate') stage = candidate.decision as typeof stage;
    else if (candidate.item_id !== null) stage = 'in_plan';
    else if (election) stage = election.elected ? 'elected' : 'not_elected';
    else stage = 'candidate';
  }
  const proposals = candidate
    ? ((await proposalIdsOf(db, [candidate.id])).get(candidate.id) ?? [])
    : [];
  const [outcome, outcomeEn] = OUTCOMES[stage];
  const grounds = new Map<string, string>([
    ...(await readSetting(db, 'congress.negativeList')).map((e) => [e.code, e.label] as const),
    ['feasibility', '可行性不足'],
    ['cost', '投资过大，超出当年财力'],
  ]);
  return {
    trackingNumber: row.tracking_number,
    year: row.year,
    title: row.title,
    receivedOn: row.created_at.slice(0, 10),
    stage,
    outcome,
    outcomeEn,
    reason: candidate && candidate.decision !== 'pending' ? candidate.reason : null,
    ground: candidate?.refusal ? (grounds.get(candidate.refusal) ?? candidate.refusal) : null,
    candidate: candidate ? { title: candidate.title, proposals: proposals.length } : null,
    vote: election,
    itemId: candidate?.item_id ?? null,
  };
}
