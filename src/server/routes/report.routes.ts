/** Reports: read, draft, save, and the workflow steps. */
import { z } from 'zod';
import { ErrorDto, Id, IdParams, VersionField, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { ReportDto } from '../presenters/report.presenter.ts';
import { createDraft, saveDraft } from '../services/report.service.ts';
import { readReport } from '../services/report-access.ts';
import { ReportContent } from '../services/report-content.ts';
import { type ReportAction, transitionReport } from '../services/report-workflow.service.ts';

const Version = z.object({ version: VersionField });

const STEPS: { action: ReportAction; summary: string }[] = [
  {
    action: 'submit',
    summary:
      'Submit to the office (the unit); 422 explanation_required when the figures contradict the label and no explanation was saved',
  },
  { action: 'return', summary: 'Return to the unit with a reason (admin)' },
  { action: 'approve', summary: 'Approve (admin)' },
  { action: 'publish', summary: 'Publish to the public (admin)' },
];

export const reportRoutes: Routes = (app, { store }) => {
  const db = store.db;
  app.get('/api/reports/:id', {
    schema: { tags: ['reports'], params: IdParams, response: withErrors({ 200: ReportDto }) },
    handler: (request) => readReport(db, request.actor, request.params.id),
  });
  app.post('/api/reports', {
    schema: {
      tags: ['reports'],
      summary: "Create the item's report for an open period, as a draft",
      body: ReportContent.extend({ itemId: Id, periodId: Id }),
      response: withErrors({ 201: ReportDto }),
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createDraft(db, request.actor, request.body)),
  });
  app.put('/api/reports/:id', {
    schema: {
      tags: ['reports'],
      summary:
        'Save a draft (or a returned report); 409 with the current report when the version is stale',
      params: IdParams,
      body: ReportContent.extend(Version.shape),
      response: withErrors({ 200: ReportDto }),
    },
    handler: (request) => saveDraft(db, request.actor, request.params.id, request.body),
  });
  for (const { action, summary } of STEPS) {
    app.post(`/api/reports/:id/${action}`, {
      schema: {
        tags: ['reports'],
        summary,
        params: IdParams,
        body: Version.extend({ reason: z.string().trim().max(2000).optional() }),
        response: withErrors({ 200: ReportDto, 422: ErrorDto }),
      },
      handler: (request) =>
        transitionReport(db, request.actor, request.params.id, { action, ...request.body }),
    });
  }
};
