/** The deputies' vote (票决): sessions, ballots, paper counts, the result, the plan; the public tally. */
import { z } from 'zod';
import { Id, IdParams, VersionField, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import {
  BallotDto,
  PassRule,
  PublicVoteDto,
  TieRule,
  VoteSessionDto,
} from '../presenters/vote.presenter.ts';
import { castBallot } from '../services/ballot.service.ts';
import {
  createVoteSession,
  enterPaperCounts,
  publishVote,
  readPublicBallots,
  readPublicVote,
  readVoteSession,
  readVoteSessions,
} from '../services/vote.service.ts';
import { makePlanFromVote } from '../services/vote-plan.service.ts';

const tags = ['congress'];
const Count = z.number().int().min(0).max(100_000);

export const voteRoutes: Routes = (app, { store, clock }) => {
  const ctx = { db: store.db, clock };
  app.get('/api/congress/votes', {
    schema: {
      tags,
      summary: 'Vote sessions, newest first (admin, deputy)',
      response: withErrors({ 200: z.array(VoteSessionDto) }),
    },
    handler: (request) => readVoteSessions(ctx, request.actor),
  });
  app.post('/api/congress/votes', {
    schema: {
      tags,
      summary: 'Set up a vote session with its rules and candidates (admin)',
      body: z.object({
        year: z.number().int().min(2000).max(2100),
        title: z.string().trim().min(1).max(200),
        candidateIds: z.array(Id).min(2).max(500).describe('In registration order'),
        seats: z.number().int().min(1).max(500).describe('Items to choose'),
        maxChoices: z.number().int().min(1).max(500),
        allowAbstain: z.boolean().default(true),
        passRule: PassRule.default('more_than_half_cast'),
        tieRule: TieRule.default('earlier_registration'),
        opensAt: z.iso.datetime({ offset: true }),
        closesAt: z.iso.datetime({ offset: true }),
        electorate: z.number().int().min(1).max(100_000).describe('Deputies entitled to vote'),
      }),
      response: withErrors({ 201: VoteSessionDto }),
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createVoteSession(ctx, request.actor, request.body)),
  });
  app.get('/api/congress/votes/:id', {
    schema: {
      tags,
      summary: 'A vote session with its candidate files and turnout (admin, deputy)',
      params: IdParams,
      response: withErrors({ 200: VoteSessionDto }),
    },
    handler: (request) => readVoteSession(ctx, request.actor, request.params.id),
  });
  app.post('/api/congress/votes/:id/ballot', {
    schema: {
      tags,
      summary: "A deputy's ballot: once, inside the window, at most N candidates ([] abstains)",
      params: IdParams,
      body: z.object({ choices: z.array(Id).max(500) }),
      response: withErrors({ 201: z.object({ voted: z.literal(true) }) }),
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await castBallot(ctx, request.actor, request.params.id, request.body.choices)),
  });
  app.put('/api/congress/votes/:id/paper', {
    schema: {
      tags,
      summary: 'Counts of paper or keypad ballots, added to the tally (admin)',
      params: IdParams,
      body: z.object({
        version: VersionField,
        ballots: Count,
        abstentions: Count,
        votes: z.array(z.object({ candidateId: Id, votes: Count })).max(500),
      }),
      response: withErrors({ 200: VoteSessionDto }),
    },
    handler: (request) => enterPaperCounts(ctx, request.actor, request.params.id, request.body),
  });
  app.post('/api/congress/votes/:id/publish', {
    schema: {
      tags,
      summary: 'Publish the result once the vote has closed (admin)',
      params: IdParams,
      body: z.object({ version: VersionField }),
      response: withErrors({ 200: VoteSessionDto }),
    },
    handler: (request) => publishVote(ctx, request.actor, request.params.id, request.body.version),
  });
  app.post('/api/congress/votes/:id/plan', {
    schema: {
      tags,
      summary: "The elected candidates become the year's plan, in one step (admin)",
      params: IdParams,
      body: z.object({
        version: VersionField,
        title: z.string().trim().min(1).max(200),
        jurisdiction: z.string().trim().min(1).max(100).optional(),
        category: z.string().trim().min(1).max(100).optional(),
        leaders: z
          .record(z.string().regex(/^\d{1,10}$/), z.array(z.string().trim().min(1).max(50)).max(10))
          .optional()
          .describe('Supervising leaders per candidate id'),
      }),
      response: withErrors({ 200: VoteSessionDto }),
    },
    handler: (request) => makePlanFromVote(ctx, request.actor, request.params.id, request.body),
  });
  app.get('/api/public/votes/:id', {
    schema: {
      tags: ['public'],
      summary: "A closed vote's tally, recomputed from the stored ballots and counts",
      params: IdParams,
      response: withErrors({ 200: PublicVoteDto }),
    },
    handler: (request) => readPublicVote(ctx, request.params.id),
  });
  app.get('/api/public/votes/:id/ballots', {
    schema: {
      tags: ['public'],
      summary: "A closed vote's ballots (content only, random ids) and paper counts, to recount",
      params: IdParams,
      response: withErrors({
        200: z.object({
          candidates: z.array(z.number().int()),
          paper: z.object({
            ballots: z.number().int(),
            abstentions: z.number().int(),
            votes: z.record(z.string(), z.number().int()),
          }),
          ballots: z.array(BallotDto),
        }),
      }),
    },
    handler: (request) => readPublicBallots(ctx, request.params.id),
  });
};
