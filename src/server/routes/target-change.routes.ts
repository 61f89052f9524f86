/** The ledger of target changes: request (lead unit, office), decide (office), read. */
import { z } from 'zod';
import { IdParams, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { PublicTargetChangeDto, TargetChangeDto } from '../presenters/target-change.presenter.ts';
import {
  decideTargetChange,
  readPlanTargetChanges,
  readTargetChanges,
  requestTargetChange,
  TargetChangeRequest,
} from '../services/target-change.service.ts';

const tags = ['target changes'];

export const targetChangeRoutes: Routes = (app, { store, clock }) => {
  const ctx = { db: store.db, clock };
  app.get('/api/items/:id/target-changes', {
    schema: {
      tags,
      summary:
        "An item's ledger of target, deadline and unit changes (everyone sees the approved ones)",
      params: IdParams,
      response: withErrors({
        200: z.object({
          changes: z
            .array(TargetChangeDto)
            .describe('Every request, for the office and the item’s people'),
          public: z
            .array(PublicTargetChangeDto)
            .describe('Approved changes as the public sees them'),
        }),
      }),
    },
    handler: (request) => readTargetChanges(ctx, request.actor, request.params.id),
  });
  app.post('/api/items/:id/target-changes', {
    schema: {
      tags,
      summary: 'Ask to change a target, the deadline or the lead unit (lead unit, office)',
      params: IdParams,
      body: TargetChangeRequest,
      response: withErrors({ 201: TargetChangeDto }),
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await requestTargetChange(ctx, request.actor, request.params.id, request.body)),
  });
  app.get('/api/plans/:id/target-changes', {
    schema: {
      tags,
      summary: 'Every change request of a plan (office)',
      params: IdParams,
      response: withErrors({ 200: z.array(TargetChangeDto) }),
    },
    handler: (request) => readPlanTargetChanges(ctx, request.actor, request.params.id),
  });
  for (const decision of ['approve', 'reject'] as const) {
    app.post(`/api/target-changes/:id/${decision}`, {
      schema: {
        tags,
        summary: `${decision === 'approve' ? 'Approve' : 'Reject'} a change request (office)`,
        params: IdParams,
        body: z.object({
          version: z.number().int(),
          note: z.string().trim().max(2000).optional(),
        }),
        response: withErrors({ 200: TargetChangeDto }),
      },
      handler: (request) =>
        decideTargetChange(ctx, request.actor, request.params.id, { decision, ...request.body }),
    });
  }
};
