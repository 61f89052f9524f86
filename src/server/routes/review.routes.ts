/** What the office reviews: the queue of submitted reports and a report's versions. */
import { z } from 'zod';
import { IdParams, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { ReportVersionDto } from '../presenters/report-version.presenter.ts';
import { ReviewEntryDto } from '../presenters/review-queue.presenter.ts';
import { readReportVersions } from '../services/report-history.service.ts';
import { readReviewQueue } from '../services/review-queue.service.ts';

export const reviewRoutes: Routes = (app, { store }) => {
  app.get('/api/review-queue', {
    schema: {
      tags: ['reports'],
      summary: 'Submitted reports waiting for the office, oldest first (admin)',
      querystring: z.object({ plan: z.coerce.number().int().positive().optional() }),
      response: withErrors({ 200: z.array(ReviewEntryDto) }),
    },
    handler: (request) => readReviewQueue(store.db, request.actor, { planId: request.query.plan }),
  });
  app.get('/api/reports/:id/versions', {
    schema: {
      tags: ['reports'],
      summary:
        "A report's versions, oldest first, each shown to those who may read a report in its state",
      params: IdParams,
      response: withErrors({ 200: z.array(ReportVersionDto) }),
    },
    handler: (request) => readReportVersions(store.db, request.actor, request.params.id),
  });
};
