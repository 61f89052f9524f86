/** Deputies' supervision (人大监督): groups per item, site visits, suggestions and answers. */
import { z } from 'zod';
import { Id, IdParams, VersionField, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { SiteVisitDto, SuggestionDto, SupervisionDto } from '../presenters/visit.presenter.ts';
import { IsoDate } from '../services/proposal.service.ts';
import {
  answerSuggestion,
  makeSuggestion,
  readSuggestions,
} from '../services/suggestion.service.ts';
import { readDeputies, readSupervision, recordVisit, setGroup } from '../services/visit.service.ts';

const tags = ['congress'];

export const visitRoutes: Routes = (app, { store, clock }) => {
  const ctx = { db: store.db, clock };
  app.get('/api/congress/items/:id/supervision', {
    schema: {
      tags,
      summary:
        "An item's supervision group, site visits and suggestions (admin, deputies, the item's units and leaders)",
      params: IdParams,
      response: withErrors({
        200: SupervisionDto.extend({
          mayAnswer: z.boolean().describe('Whether you may answer its suggestions'),
        }),
      }),
    },
    handler: (request) => readSupervision(ctx, request.actor, request.params.id),
  });
  app.get('/api/congress/deputies', {
    schema: {
      tags,
      summary: 'Deputies who may join a supervision group (admin)',
      response: withErrors({ 200: z.array(z.object({ id: z.number().int(), name: z.string() })) }),
    },
    handler: (request) => readDeputies(ctx, request.actor),
  });
  app.put('/api/congress/items/:id/group', {
    schema: {
      tags,
      summary: "Set the item's supervision group of deputies (admin)",
      params: IdParams,
      body: z.object({
        members: z.array(z.object({ userId: Id, head: z.boolean().default(false) })).max(50),
      }),
      response: withErrors({ 200: SupervisionDto }),
    },
    handler: (request) => setGroup(ctx, request.actor, request.params.id, request.body.members),
  });
  app.post('/api/congress/items/:id/visits', {
    schema: {
      tags,
      summary: "Log a site visit (a deputy of the item's group, or admin)",
      params: IdParams,
      body: z.object({
        visitedOn: IsoDate,
        participants: z.array(z.string().trim().min(1).max(50)).min(1).max(50),
        findings: z.string().trim().min(1).max(5000),
      }),
      response: withErrors({ 201: SiteVisitDto }),
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await recordVisit(ctx, request.actor, request.params.id, request.body)),
  });
  app.post('/api/congress/items/:id/suggestions', {
    schema: {
      tags,
      summary: 'A suggestion on the item (a deputy of its group, or admin), from a visit or not',
      params: IdParams,
      body: z.object({ text: z.string().trim().min(1).max(2000), visitId: Id.optional() }),
      response: withErrors({ 201: SuggestionDto }),
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await makeSuggestion(ctx, request.actor, request.params.id, request.body)),
  });
  app.get('/api/congress/suggestions', {
    schema: {
      tags,
      summary: 'Suggestions (admin: all; a unit: of the items it leads; a deputy: of their groups)',
      querystring: z.object({ unanswered: z.enum(['true', 'false']).optional() }),
      response: withErrors({ 200: z.array(SuggestionDto) }),
    },
    handler: (request) =>
      readSuggestions(ctx, request.actor, { unanswered: request.query.unanswered === 'true' }),
  });
  app.post('/api/congress/suggestions/:id/answer', {
    schema: {
      tags,
      summary: "Answer a suggestion (the item's lead unit, or admin)",
      params: IdParams,
      body: z.object({ version: VersionField, text: z.string().trim().min(1).max(4000) }),
      response: withErrors({ 200: SuggestionDto }),
    },
    handler: (request) => answerSuggestion(ctx, request.actor, request.params.id, request.body),
  });
};
