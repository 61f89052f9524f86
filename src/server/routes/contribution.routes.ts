/** Co-units' contributions, the lead unit's view of them, and composing the report from them. */
import { z } from 'zod';
import { IdParams, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { ContributionDto, ItemContributionsDto } from '../presenters/contribution.presenter.ts';
import { ReportDto } from '../presenters/report.presenter.ts';
import { composeFromContributions } from '../services/compose.service.ts';
import {
  ContributionContent,
  createContribution,
  saveContribution,
  submitContribution,
} from '../services/contribution.service.ts';
import {
  readContribution,
  readItemContributions,
  readPeriodContributions,
} from '../services/contribution-overview.service.ts';

const Version = z.object({ version: z.number().int().describe('The version you read') });
const tags = ['contributions'];

export const contributionRoutes: Routes = (app, { store, clock }) => {
  const ctx = { db: store.db, clock };
  app.get('/api/periods/:id/contributions', {
    schema: {
      tags,
      summary:
        "Each item's contributions for the period and the co-units still missing (office: all items; units: theirs)",
      params: IdParams,
      response: withErrors({ 200: z.array(ItemContributionsDto) }),
    },
    handler: (request) => readPeriodContributions(ctx, request.actor, request.params.id),
  });
  app.get('/api/items/:id/contributions', {
    schema: {
      tags,
      summary: "An item's contributions for a period: all for the lead unit and the office",
      params: IdParams,
      querystring: z.object({ period: z.coerce.number().int().positive() }),
      response: withErrors({ 200: ItemContributionsDto }),
    },
    handler: (request) =>
      readItemContributions(ctx, request.actor, request.params.id, request.query.period),
  });
  app.post('/api/contributions', {
    schema: {
      tags,
      summary: "File your unit's contribution to an item's report (a co-unit's reporter)",
      body: ContributionContent.extend({ itemId: z.number().int(), periodId: z.number().int() }),
      response: withErrors({ 201: ContributionDto }),
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createContribution(ctx, request.actor, request.body)),
  });
  app.get('/api/contributions/:id', {
    schema: { tags, params: IdParams, response: withErrors({ 200: ContributionDto }) },
    handler: (request) => readContribution(ctx, request.actor, request.params.id),
  });
  app.put('/api/contributions/:id', {
    schema: {
      tags,
      summary: "Save your unit's contribution; 409 with the current one when the version is stale",
      params: IdParams,
      body: ContributionContent.extend(Version.shape),
      response: withErrors({ 200: ContributionDto }),
    },
    handler: (request) => saveContribution(ctx, request.actor, request.params.id, request.body),
  });
  app.post('/api/contributions/:id/submit', {
    schema: {
      tags,
      summary: 'Hand your contribution to the lead unit',
      params: IdParams,
      body: Version,
      response: withErrors({ 200: ContributionDto }),
    },
    handler: (request) => submitContribution(ctx, request.actor, request.params.id, request.body),
  });
  app.post('/api/reports/:id/compose', {
    schema: {
      tags,
      summary:
        "Replace the draft's points and figures with those composed from the submitted contributions (lead unit, office)",
      params: IdParams,
      body: Version,
      response: withErrors({
        200: z.object({
          report: ReportDto,
          conflicts: z
            .array(
              z.object({
                indicatorId: z.number().int(),
                values: z.array(z.object({ unit: z.string(), actual: z.number() })),
              }),
            )
            .describe(
              'Figures units gave differently that could not be added; settle them by hand',
            ),
        }),
      }),
    },
    handler: (request) =>
      composeFromContributions(ctx, request.actor, request.params.id, request.body),
  });
};
