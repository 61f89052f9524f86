/** Vote sessions, their tally and the anonymous ballots as the API shows them. */
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { Tally } from '../../core/congress/tally.ts';
import type { VoteSessionTable } from '../db/schema.ts';
import { CandidateDto } from './proposal.presenter.ts';

export const PassRule = z.enum(['more_than_half_cast', 'more_than_half_electorate', 'plurality']);
export const TieRule = z.enum(['earlier_registration', 'revote']);

export const TallyDto = z.object({
  ballotsCast: z.number().int(),
  electronicBallots: z.number().int(),
  paperBallots: z.number().int(),
  abstentions: z.number().int(),
  candidates: z.array(
    z.object({
      candidateId: z.number().int(),
      title: z.string(),
      votes: z.number().int(),
      passed: z.boolean(),
      elected: z.boolean(),
      rank: z.number().int(),
    }),
  ),
  elected: z.array(z.number().int()),
  revote: z.array(z.number().int()).describe('Tied at the last seat: to vote again'),
});
export type TallyDto = z.infer<typeof TallyDto>;

export const VoteSessionDto = z.object({
  id: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  seats: z.number().int().describe('Items to choose'),
  maxChoices: z.number().int().describe('Each deputy chooses at most this many'),
  allowAbstain: z.boolean(),
  passRule: PassRule,
  tieRule: TieRule,
  opensAt: z.string(),
  closesAt: z.string(),
  electorate: z.number().int(),
  candidates: z.array(CandidateDto),
  paper: z.object({
    ballots: z.number().int(),
    abstentions: z.number().int(),
    votes: z.record(z.string(), z.number().int()),
  }),
  turnout: z.number().int().describe('Deputies who voted online (never who chose what)'),
  voted: z.boolean().nullable().describe('For a deputy: whether they have voted; else null'),
  publishedAt: z.string().nullable(),
  result: TallyDto.nullable(),
  planId: z.number().int().nullable(),
  version: z.number().int(),
});
export type VoteSessionDto = z.infer<typeof VoteSessionDto>;

export const BallotDto = z.object({
  id: z.string().describe('Random: says nothing of who or when'),
  choices: z.array(z.number().int()).describe('Candidate ids; empty for an abstention'),
});

export const PublicVoteDto = z.object({
  id: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  seats: z.number().int(),
  maxChoices: z.number().int(),
  passRule: PassRule,
  tieRule: TieRule,
  electorate: z.number().int(),
  closesAt: z.string(),
  publishedAt: z.string().nullable(),
  tally: TallyDto.describe('Recomputed from the stored ballots and the entered counts'),
});
export type PublicVoteDto = z.infer<typeof PublicVoteDto>;

export function presentTally(tally: Tally, titles: Map<number, string>): TallyDto {
  return {
    ...tally,
    candidates: tally.candidates.map((c) => ({ ...c, title: titles.get(c.candidateId) ?? '' })),
  };
}

export const paperOf = (row: Selectable<VoteSessionTable>) => ({
  ballots: row.paper_ballots,
  abstentions: row.paper_abstentions,
  votes: JSON.parse(row.paper_counts) as Record<string, number>,
});

export const rulesOf = (row: Selectable<VoteSessionTable>) => ({
  seats: row.seats,
  passRule: row.pass_rule as z.infer<typeof PassRule>,
  tieRule: row.tie_rule as z.infer<typeof TieRule>,
  electorate: row.electorate,
});
