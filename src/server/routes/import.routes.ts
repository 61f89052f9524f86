/** Uploading a table (admin): .docx, .xlsx, CSV or text; `dryRun=true` shows what would change. */
import type {} from '@fastify/multipart';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { importReading } from '../services/import.service.ts';
import { readUploadInWorker } from '../workers/pool.ts';

export const ImportSummaryDto = z.object({
  dryRun: z.boolean(),
  plan: z.object({
    id: z.number().int().nullable(),
    title: z.string(),
    year: z.number().int(),
    jurisdiction: z.string(),
    created: z.boolean(),
  }),
  period: z.object({ id: z.number().int().nullable(), label: z.string(), end: z.string() }),
  items: z.object({ created: z.number().int(), matched: z.number().int() }),
  reports: z.object({ created: z.number().int() }),
  units: z.object({ created: z.number().int(), names: z.array(z.string()) }),
  leaders: z.object({ created: z.number().int(), names: z.array(z.string()) }),
  warnings: z.number().int(),
  warningList: z
    .array(
      z.object({
        code: z.string(),
        item: z.string().nullable(),
        message: z.string(),
        messageEn: z.string(),
      }),
    )
    .describe('Every warning of the reading'),
});

export const importRoutes: Routes = (app, { store }) => {
  app.post('/api/imports', {
    config: { audit: { entity: 'plan', refusedAction: 'plan.import_refused' } },
    schema: {
      tags: ['imports'],
      summary: 'Import a progress table (multipart field `file`)',
      consumes: ['multipart/form-data'],
      querystring: z.object({ dryRun: z.enum(['true', 'false']).default('false') }),
      response: withErrors({
        200: ImportSummaryDto,
        201: ImportSummaryDto,
        413: z.unknown(),
        415: z.unknown(),
        422: z.unknown(),
      }),
    },
    handler: async (request, reply) => {
      requireRole(request.actor, 'admin');
      if (!request.isMultipart()) throw new AppError('file_missing');
      const file = await request.file();
      if (!file) throw new AppError('file_missing');
      const { reading, doc } = await readUploadInWorker(await file.toBuffer());
      const dryRun = request.query.dryRun === 'true';
      const summary = await importReading(store.db, reading, {
        actor: request.actor,
        dryRun,
        doc,
      });
      return reply.status(dryRun ? 200 : 201).send(summary);
    },
  });
};
