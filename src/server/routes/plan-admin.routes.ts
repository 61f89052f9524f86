/** The office creates a plan and corrects its title or declared item count. */
import { z } from 'zod';
import { IdParams, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { PlanDto } from '../presenters/plan.presenter.ts';
import { createPlan, updatePlan } from '../services/plan-admin.service.ts';

const Title = z.string().trim().min(1).max(200).describe('e.g. 示例市2024年十件民生实事');
const DeclaredCount = z.number().int().min(1).max(10000).nullable().describe('"共N项"');

export const planAdminRoutes: Routes = (app, { store }) => {
  app.post('/api/plans', {
    schema: {
      tags: ['plans'],
      summary:
        'Create a plan (admin); a table imported later with the same jurisdiction, title and year fills it',
      body: z.object({
        title: Title,
        year: z.number().int().min(2000).max(2100),
        jurisdiction: z.string().trim().min(1).max(100),
        declaredItemCount: DeclaredCount.default(null),
      }),
      response: withErrors({ 201: PlanDto }),
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createPlan(store.db, request.actor, request.body)),
  });
  app.patch('/api/plans/:id', {
    schema: {
      tags: ['plans'],
      summary: "Correct a plan's title or declared item count (admin); send the version you read",
      params: IdParams,
      body: z.object({
        version: z.number().int(),
        title: Title.optional(),
        declaredItemCount: DeclaredCount.optional(),
      }),
      response: withErrors({ 200: PlanDto }),
    },
    handler: (request) => updatePlan(store.db, request.actor, request.params.id, request.body),
  });
};
