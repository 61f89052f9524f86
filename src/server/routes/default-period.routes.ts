/** The period the item list and the dashboard show by default, for the caller. */
import { z } from 'zod';
import { IdParams, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { readDefaultPeriod } from '../services/default-period.service.ts';

export const defaultPeriodRoutes: Routes = (app, { store }) => {
  app.get('/api/plans/:id/default-period', {
    schema: {
      tags: ['periods'],
      summary:
        'The period shown when none is asked for: the latest with a report the caller may see, else the latest',
      params: IdParams,
      response: withErrors({ 200: z.object({ periodId: z.number().int().nullable() }) }),
    },
    handler: (request) => readDefaultPeriod(store.db, request.actor, request.params.id),
  });
};
