/** Publishing a period as a whole, and taking it back with a reason (admin). */
import { z } from 'zod';
import { IdParams, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { PeriodPublicationDto } from '../presenters/period-publication.presenter.ts';
import { publishPeriod, unpublishPeriod } from '../services/period-publish.service.ts';

const Version = z.object({ version: z.number().int().describe("The period's version you read") });

export const periodPublicationRoutes: Routes = (app, { store }) => {
  app.post('/api/periods/:id/publish', {
    schema: {
      tags: ['periods'],
      summary: 'Publish every approved report of the period at once (admin)',
      params: IdParams,
      body: Version,
      response: withErrors({ 200: PeriodPublicationDto }),
    },
    handler: (request) =>
      publishPeriod(store.db, request.actor, { id: request.params.id, ...request.body }),
  });
  app.post('/api/periods/:id/unpublish', {
    schema: {
      tags: ['periods'],
      summary:
        "Withdraw the period's publication with a reason (admin): its published reports go back to approved; the published versions stay in their history",
      params: IdParams,
      body: Version.extend({ reason: z.string().trim().min(1).max(2000) }),
      response: withErrors({ 200: PeriodPublicationDto }),
    },
    handler: (request) =>
      unpublishPeriod(store.db, request.actor, { id: request.params.id, ...request.body }),
  });
};
