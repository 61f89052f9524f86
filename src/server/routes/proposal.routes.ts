/** Proposals (征集) and their screening (筛选) into candidates: the office's API and the proposer's. */
import { z } from 'zod';
import { Id, IdParams, VersionField, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import {
  CandidateDto,
  ProposalDto,
  ProposalWindowDto,
  TrackedProposalDto,
} from '../presenters/proposal.presenter.ts';
import {
  createCandidate,
  decideCandidate,
  editCandidate,
  readCandidates,
} from '../services/candidate.service.ts';
import {
  enterProposal,
  IsoDate,
  PROPOSAL_BODY_MAX,
  PROPOSAL_TITLE_MAX,
  readProposals,
  readWindows,
  saveWindow,
  trackProposal,
} from '../services/proposal.service.ts';

const tags = ['congress'];
const Year = z.coerce.number().int().min(2000).max(2100);
const Version = VersionField;
const CandidateFileBody = z.object({
  title: z.string().trim().min(1).max(100),
  description: z.string().trim().max(4000).default(''),
  cost: z.number().min(0).max(1e9).nullable().default(null).describe('Estimated cost, 万元'),
  unit: z.string().trim().min(1).max(100).nullable().default(null),
  target: z.string().trim().min(1).max(1000).describe('The target as a task sentence'),
});
const Reason = z.string().trim().min(1).max(1000);

export const proposalRoutes: Routes = (app, { store, clock, personalData }) => {
  const ctx = { db: store.db, clock };
  app.get('/api/congress/windows', {
    schema: {
      tags,
      summary: 'Collection windows by year (admin, deputy)',
      response: withErrors({ 200: z.array(ProposalWindowDto) }),
    },
    handler: (request) => readWindows(ctx, request.actor),
  });
  app.put('/api/congress/windows/:year', {
    schema: {
      tags,
      summary: "Set a year's collection window (admin; a new year needs no version)",
      params: z.object({ year: Year }),
      body: z.object({ opensOn: IsoDate, closesOn: IsoDate, version: Version.optional() }),
      response: withErrors({ 200: ProposalWindowDto }),
    },
    handler: (request) => saveWindow(ctx, request.actor, request.params.year, request.body),
  });
  app.get('/api/congress/proposals', {
    schema: {
      tags,
      summary: "A year's proposals, oldest first (admin)",
      querystring: z.object({
        year: Year,
        unscreened: z.enum(['true', 'false']).optional().describe('Only those in no candidate'),
      }),
      response: withErrors({ 200: z.array(ProposalDto) }),
    },
    handler: (request) =>
      readProposals(ctx, request.actor, {
        year: request.query.year,
        unscreened: request.query.unscreened === 'true',
      }),
  });
  app.post('/api/congress/proposals', {
    schema: {
      tags,
      summary: 'Enter a proposal that came by letter, hotline or a meeting (admin)',
      body: z.object({
        year: Year,
        channel: z.enum(['letter', 'hotline', 'meeting', 'web']),
        title: z.string().max(PROPOSAL_TITLE_MAX * 4),
        body: z.string().max(PROPOSAL_BODY_MAX * 4),
        place: z.string().max(400).default(''),
        contact: z.string().max(400).default(''),
        lang: z.enum(['zh', 'en']).default('zh'),
      }),
      response: withErrors({ 201: ProposalDto }),
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await enterProposal(ctx, { personalData }, request.actor, request.body)),
  });
  app.get('/api/congress/candidates', {
    schema: {
      tags,
      summary:
        "A year's candidates with their files and linked proposals (admin; deputies: accepted ones)",
      querystring: z.object({ year: Year }),
      response: withErrors({ 200: z.array(CandidateDto) }),
    },
    handler: (request) => readCandidates(ctx, request.actor, request.query.year),
  });
  app.post('/api/congress/candidates', {
    schema: {
      tags,
      summary: 'A candidate from one or more proposals (duplicates grouped) (admin)',
      body: CandidateFileBody.extend({ year: Year, proposalIds: z.array(Id).max(1000) }),
      response: withErrors({ 201: CandidateDto }),
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createCandidate(ctx, request.actor, request.body)),
  });
  app.put('/api/congress/candidates/:id', {
    schema: {
      tags,
      summary: "Edit a candidate's file and merge more proposals into it (admin)",
      params: IdParams,
      body: CandidateFileBody.extend({
        version: Version,
        addProposalIds: z.array(Id).max(1000).default([]),
      }),
      response: withErrors({ 200: CandidateDto }),
    },
    handler: (request) => editCandidate(ctx, request.actor, request.params.id, request.body),
  });
  app.post('/api/congress/candidates/:id/decision', {
    schema: {
      tags,
      summary:
        'Decide a candidate with a reason: candidate (to the vote), refused (negative-list code, feasibility or cost), reserve (储备库), referred (routine work) (admin)',
      params: IdParams,
      body: z.discriminatedUnion('decision', [
        z.object({
          decision: z.enum(['candidate', 'reserve', 'referred']),
          reason: Reason,
          version: Version,
        }),
        z.object({
          decision: z.literal('refused'),
          refusal: z.string().max(40),
          reason: Reason,
          version: Version,
        }),
      ]),
      response: withErrors({ 200: CandidateDto }),
    },
    handler: (request) => decideCandidate(ctx, request.actor, request.params.id, request.body),
  });
  app.get('/api/public/proposals/track', {
    schema: {
      tags: ['public'],
      summary: 'What became of a proposal, by its tracking number',
      querystring: z.object({ no: z.string().max(60) }),
      response: withErrors({ 200: TrackedProposalDto }),
    },
    handler: (request) => trackProposal(store.db, request.query.no),
  });
};
