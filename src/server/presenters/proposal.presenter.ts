/**
 * Proposals and candidates as the API shows them. The office's view never carries the sealed
 * contact (a separate, audited read would); the proposer's own view (by tracking number) says
 * what became of the proposal and why, in words the proposer can read.
 */

import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { CandidateTable, ProposalTable, ProposalWindowTable } from '../db/schema.ts';

export const CHANNELS = ['web', 'letter', 'hotline', 'meeting'] as const;
export const Channel = z.enum(CHANNELS);
export const DECISIONS = ['pending', 'candidate', 'refused', 'reserve', 'referred'] as const;
export const Decision = z.enum(DECISIONS);

export const ProposalWindowDto = z.object({
  year: z.number().int(),
  opensOn: z.string(),
  closesOn: z.string(),
  open: z.boolean().describe('Whether the public form takes proposals today'),
  version: z.number().int(),
});
export type ProposalWindowDto = z.infer<typeof ProposalWindowDto>;

export const ProposalDto = z.object({
  id: z.number().int(),
  trackingNumber: z.string(),
  year: z.number().int(),
  channel: Channel,
  title: z.string(),
  body: z.string(),
  place: z.string().nullable(),
  hasContact: z.boolean(),
  candidateId: z.number().int().nullable(),
  receivedAt: z.string(),
  version: z.number().int(),
});
export type ProposalDto = z.infer<typeof ProposalDto>;

export const CandidateDto = z.object({
  id: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  description: z.string(),
  cost: z.number().nullable().describe('Estimated cost, 万元'),
  unit: z.string().nullable(),
  target: z.string(),
  decision: Decision,
  refusal: z.string().nullable().describe('Negative-list code, feasibility or cost'),
  reason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  itemId: z.number().int().nullable(),
  proposalIds: z.array(z.number().int()),
  registeredAt: z.string(),
  version: z.number().int(),
});
export type CandidateDto = z.infer<typeof CandidateDto>;

export const STAGES = [
  'received',
  'screening',
  'refused',
  'reserve',
  'referred',
  'candidate',
  'elected',
  'not_elected',
  'in_plan',
] as const;

export const TrackedProposalDto = z.object({
  trackingNumber: z.string(),
  year: z.number().int(),
  title: z.string(),
  receivedOn: z.string(),
  stage: z.enum(STAGES).describe('Where the proposal stands now'),
  outcome: z.string().describe('What became of it, in Chinese'),
  outcomeEn: z.string(),
  reason: z.string().nullable().describe("The office's reason for the decision"),
  ground: z
    .string()
    .nullable()
    .describe('For a refusal: the negative-list entry, or feasibility/cost, in words'),
  candidate: z
    .object({ title: z.string(), proposals: z.number().int() })
    .nullable()
    .describe('The candidate the proposal was merged into, and how many proposals it joins'),
  vote: z
    .object({ sessionId: z.number().int(), votes: z.number().int(), elected: z.boolean() })
    .nullable(),
  itemId: z.number().int().nullable().describe('The plan item it became'),
});
export type TrackedProposalDto = z.infer<typeof TrackedProposalDto>;

export const presentWindow = (
  row: Selectable<ProposalWindowTable>,
  today: string,
): ProposalWindowDto => ({
  year: row.year,
  opensOn: row.opens_on,
  closesOn: row.closes_on,
  open: row.opens_on <= today && today <= row.closes_on,
  version: row.version,
});

export const presentProposal = (row: Selectable<ProposalTable>): ProposalDto => ({
  id: row.id,
  trackingNumber: row.tracking_number,
  year: row.year,
  channel: row.channel as ProposalDto['channel'],
  title: row.title,
  body: row.body,
  place: row.place,
  hasContact: row.contact !== null,
  candidateId: row.candidate_id,
  receivedAt: row.created_at,
  version: row.version,
});

export const presentCandidate = (
  row: Selectable<CandidateTable>,
  proposalIds: number[],
): CandidateDto => ({
  id: row.id,
  year: row.year,
  title: row.title,
  description: row.description,
  cost: row.cost === null ? null : Number(row.cost),
  unit: row.unit,
  target: row.target,
  decision: row.decision as CandidateDto['decision'],
  refusal: row.refusal,
  reason: row.reason,
  decidedAt: row.decided_at,
  itemId: row.item_id,
  proposalIds,
  registeredAt: row.created_at,
  version: row.version,
});
