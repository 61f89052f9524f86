/** The year-end satisfaction rating (测评): sessions, deputies' ratings, the result; the public's. */
import { z } from 'zod';
import { Id, IdParam, IdParams, VersionField, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { Grade, PublicRatingDto, RatingSessionDto } from '../presenters/rating.presenter.ts';
import {
  createRatingSession,
  publishRating,
  rateItems,
  ratePublicly,
  readPublicRating,
  readRatingSession,
  readRatingSessions,
} from '../services/rating.service.ts';
import { readSetting } from '../services/settings.service.ts';

const tags = ['congress'];

export const ratingRoutes: Routes = (app, { store, clock }) => {
  const ctx = { db: store.db, clock };
  app.get('/api/congress/ratings', {
    schema: {
      tags,
      summary: 'Rating sessions, newest first (admin, deputy)',
      response: withErrors({ 200: z.array(RatingSessionDto) }),
    },
    handler: (request) => readRatingSessions(ctx, request.actor),
  });
  app.post('/api/congress/ratings', {
    schema: {
      tags,
      summary: "Open a satisfaction rating of a plan's items (admin)",
      body: z.object({
        planId: Id,
        title: z.string().trim().min(1).max(200),
        opensAt: z.iso.datetime({ offset: true }),
        closesAt: z.iso.datetime({ offset: true }),
        passPercent: z
          .number()
          .int()
          .min(0)
          .max(99)
          .optional()
          .describe('满意 + 基本满意 must be more than this %; the setting by default'),
      }),
      response: withErrors({ 201: RatingSessionDto }),
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createRatingSession(ctx, request.actor, request.body)),
  });
  app.get('/api/congress/ratings/:id', {
    schema: {
      tags,
      summary: 'A rating session (admin, deputy)',
      params: IdParams,
      response: withErrors({ 200: RatingSessionDto }),
    },
    handler: (request) => readRatingSession(ctx, request.actor, request.params.id),
  });
  app.post('/api/congress/ratings/:id/ratings', {
    schema: {
      tags,
      summary: "A deputy's ratings of items, each item once, inside the window (deputy)",
      params: IdParams,
      body: z.object({
        ratings: z
          .array(
            z.object({
              itemId: Id,
              grade: Grade,
              reason: z.string().max(1000).optional(),
            }),
          )
          .min(1)
          .max(500),
      }),
      response: withErrors({ 200: RatingSessionDto }),
    },
    handler: (request) => rateItems(ctx, request.actor, request.params.id, request.body.ratings),
  });
  app.post('/api/congress/ratings/:id/publish', {
    schema: {
      tags,
      summary: 'Publish the result; failed items get a follow-up notice (admin)',
      params: IdParams,
      body: z.object({ version: VersionField }),
      response: withErrors({ 200: RatingSessionDto }),
    },
    handler: (request) =>
      publishRating(ctx, request.actor, request.params.id, request.body.version),
  });
  app.get('/api/public/ratings/:id', {
    schema: {
      tags: ['public'],
      summary: "A published rating's result per item",
      params: IdParams,
      response: withErrors({ 200: PublicRatingDto }),
    },
    handler: (request) => readPublicRating(ctx, request.params.id),
  });
  app.post('/api/public/ratings/:id/items/:itemId', {
    config: {
      rateLimit: {
        max: () => readSetting(store.db, 'public.postsPerHour'),
        timeWindow: '1 hour',
        keyGenerator: (request) => request.ip,
      },
    },
    schema: {
      tags: ['public'],
      summary: "A citizen's rating of an item while the rating is open (kept apart)",
      params: z.object({ id: IdParam, itemId: IdParam }),
      body: z.object({ grade: Grade }),
      response: withErrors({ 201: z.object({ recorded: z.literal(true) }) }),
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await ratePublicly(ctx, request.params.id, request.params.itemId, request.body.grade),
        ),
  });
};
