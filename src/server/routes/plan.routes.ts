/** Plans, their categories, periods and the plan document export. */
import { z } from 'zod';
import { IdParam, IdParams, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { CategoryDto, PeriodDto, PlanDto } from '../presenters/plan.presenter.ts';
import { exportPlanDocument } from '../services/export.service.ts';
import { changePeriod, createPeriod, readPeriods } from '../services/period.service.ts';
import { readCategories, readPlan, readPlans } from '../services/plan.service.ts';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const NewPeriod = z.object({
  label: z.string().trim().min(1).max(40).describe('As printed, e.g. 1-10月'),
  start: IsoDate,
  end: IsoDate,
  dueDate: IsoDate.nullable().default(null),
  open: z.boolean().default(true),
  carryOver: z
    .boolean()
    .default(true)
    .describe("Start each item's draft from its last approved report"),
});

export const planRoutes: Routes = (app, { store }) => {
  const db = store.db;
  app.get('/api/plans', {
    schema: {
      tags: ['plans'],
      summary: 'All plans',
      response: withErrors({ 200: z.array(PlanDto) }),
    },
    handler: () => readPlans(db),
  });
  app.get('/api/plans/:id', {
    schema: { tags: ['plans'], params: IdParams, response: withErrors({ 200: PlanDto }) },
    handler: (request) => readPlan(db, request.params.id),
  });
  app.get('/api/plans/:id/categories', {
    schema: {
      tags: ['plans'],
      params: IdParams,
      response: withErrors({ 200: z.array(CategoryDto) }),
    },
    handler: (request) => readCategories(db, request.params.id),
  });
  app.get('/api/plans/:id/periods', {
    schema: {
      tags: ['periods'],
      params: IdParams,
      response: withErrors({ 200: z.array(PeriodDto) }),
    },
    handler: (request) => readPeriods(db, request.params.id),
  });
  app.post('/api/plans/:id/periods', {
    schema: {
      tags: ['periods'],
      summary: 'Open a reporting period (admin)',
      params: IdParams,
      body: NewPeriod,
      response: withErrors({ 201: PeriodDto }),
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createPeriod(db, request.actor, request.params.id, request.body)),
  });
  app.patch('/api/periods/:id', {
    schema: {
      tags: ['periods'],
      summary: 'Set the due date, open or close (admin); with `version`, a stale change gets 409',
      params: IdParams,
      body: z.object({
        dueDate: IsoDate.nullable().optional(),
        open: z.boolean().optional(),
        version: z.number().int().optional().describe('The version you read'),
      }),
      response: withErrors({ 200: PeriodDto }),
    },
    handler: (request) => changePeriod(db, request.actor, request.params.id, request.body),
  });
  app.get('/api/plans/:id/export.json', {
    config: { audit: { entity: 'plan', action: 'plan.export' } },
    schema: {
      tags: ['plans'],
      summary: 'The plan document (schema minsheng.plan/1), as `minsheng check --json` prints it',
      params: IdParams,
      querystring: z.object({ period: IdParam.optional() }),
      response: withErrors({ 200: z.object({ schema: z.literal('minsheng.plan/1') }).loose() }),
    },
    // Spread: an interface is not assignable to the schema's open record type.
    handler: async (request) => ({
      ...(await exportPlanDocument(db, request.actor, request.params.id, request.query.period)),
    }),
  });
};
