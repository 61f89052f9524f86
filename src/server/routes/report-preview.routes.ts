/** The report form's live reading: figures proposed from the text, assessment, checks. */
import { z } from 'zod';
import { withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { ReportPreviewDto } from '../presenters/report-preview.presenter.ts';
import { ReportContent } from '../services/report-content.ts';
import { previewReport } from '../services/report-preview.service.ts';

export const reportPreviewRoutes: Routes = (app, { store }) => {
  app.post('/api/reports/preview', {
    schema: {
      tags: ['reports'],
      summary:
        'Read a report being written, without saving it: the figure proposed for each indicator, the assessment, the discrepancy and the checks',
      body: ReportContent.extend({ itemId: z.number().int(), periodId: z.number().int() }),
      response: withErrors({ 200: ReportPreviewDto }),
    },
    handler: (request) => previewReport(store.db, request.actor, request.body),
  });
};
