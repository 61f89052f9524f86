/** The dashboard of a plan for a period (admin and leaders). */
import { z } from 'zod';
import { IdParam, IdParams, withErrors } from '../http/error-dto.ts';
import { ReadCache } from '../http/read-cache.ts';
import type { Routes } from '../http/zod-app.ts';
import { DashboardDto } from '../presenters/dashboard.presenter.ts';
import { readDashboard } from '../services/dashboard.service.ts';

export const dashboardRoutes: Routes = (app, { store }) => {
  const cache = new ReadCache(store);
  app.get('/api/plans/:id/dashboard', {
    schema: {
      tags: ['dashboard'],
      summary:
        'Counts by assessment, claim, category, leader and unit; discrepancies; overdue reports',
      params: IdParams,
      querystring: z.object({ period: IdParam.optional() }),
      response: withErrors({ 200: DashboardDto }),
    },
    handler: (request, reply) =>
      cache.send(request, reply, () =>
        readDashboard(store.db, request.actor, request.params.id, request.query.period),
      ),
  });
};
