/** The checks of a report, for the reporter before submitting and the reviewer after. */
import { z } from 'zod';
import { IdParams, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { readReportChecks } from '../services/submission-check.service.ts';

const Check = z.object({
  code: z.enum([
    'cumulative_decreased',
    'exceeded_not_marked',
    'unit_mismatch',
    'narrative_unchanged',
    'behind_but_on_schedule',
    'percent_mismatch',
  ]),
  message: z.string(),
  messageEn: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
});

export const ChecksDto = z.object({
  current: z.array(Check).describe('The checks of the report as it stands'),
  atSubmission: z
    .array(Check)
    .nullable()
    .describe('The checks stored when it was last submitted; null before any submission'),
});

export const submissionCheckRoutes: Routes = (app, { store }) => {
  app.get('/api/reports/:id/checks', {
    schema: {
      tags: ['reports'],
      summary:
        'Submission checks: a falling cumulative figure, units, unchanged text, labels vs figures',
      params: IdParams,
      response: withErrors({ 200: ChecksDto }),
    },
    handler: (request) => readReportChecks(store.db, request.actor, request.params.id),
  });
};
