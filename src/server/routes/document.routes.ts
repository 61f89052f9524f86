/** Downloads: the summary table in every format, and the period's circular (通报) draft. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CONTENT_TYPES, EXPORT_FORMATS } from '../../documents/export/render-plan.ts';
import { IdParam, IdParams, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { renderCircular, renderPlanFile } from '../services/document-export.service.ts';

const Period = IdParam.optional().describe('Period id; the latest visible by default');

/** RFC 6266/5987: an ASCII fallback plus the UTF-8 name, so Chinese titles survive every browser. */
function disposition(name: string, extension: string): string {
  const file = `${name}.${extension}`;
  return `attachment; filename="minsheng.${extension}"; filename*=UTF-8''${encodeURIComponent(file)}`;
}

export const documentRoutes: Routes = (app, { store, downloadRateLimit }) => {
  const db = store.db;
  // Rendering is the costliest thing a client can ask for: one budget for all downloads, per
  // signed-in user, and per client address for the public.
  const config = {
    rateLimit: {
      groupId: 'downloads',
      timeWindow: '1 minute',
      keyGenerator: (request: FastifyRequest) =>
        request.actor.userId === null ? `ip:${request.ip}` : `user:${request.actor.userId}`,
      max: (request: FastifyRequest) =>
        request.actor.userId === null ? downloadRateLimit.public : downloadRateLimit.user,
    },
  };
  app.get('/api/plans/:id/table.:format', {
    config: { ...config, audit: { entity: 'plan', action: 'plan.download' } },
    schema: {
      tags: ['documents'],
      summary:
        'The summary table (进展情况汇总表) as .docx, .xlsx, CSV, JSON, print view (html) or PDF',
      params: IdParams.extend({ format: z.enum(EXPORT_FORMATS) }),
      querystring: z.object({
        period: Period,
        assessment: z
          .enum(['true', 'false'])
          .default('false')
          .describe('Add 完成率/序时进度/评估 columns'),
        attachment: z.string().max(20).optional().describe('Heading line such as 附件4'),
      }),
      response: withErrors({ 200: z.unknown() }),
    },
    handler: async (request, reply) => {
      const { format } = request.params;
      const file = await renderPlanFile(db, request.actor, request.params.id, {
        format,
        periodId: request.query.period,
        assessment: request.query.assessment === 'true',
        attachment: request.query.attachment ?? null,
      });
      return reply
        .header('content-type', CONTENT_TYPES[format])
        .header('content-disposition', disposition(file.name, format))
        .send(file.bytes);
    },
  });

  app.get('/api/plans/:id/circular.docx', {
    config: { ...config, audit: { entity: 'plan', action: 'plan.download' } },
    schema: {
      tags: ['documents'],
      summary:
        "The period's circular (通报) as a Word draft (admin), with what changed since the period before",
      params: IdParams,
      querystring: z.object({ period: Period }),
      response: withErrors({ 200: z.unknown() }),
    },
    handler: async (request, reply) => {
      // A draft for the office to edit, not a publication.
      requireRole(request.actor, 'admin');
      const file = await renderCircular(db, request.actor, request.params.id, request.query.period);
      return reply
        .header('content-type', CONTENT_TYPES.docx)
        .header('content-disposition', disposition(file.name, 'docx'))
        .send(file.bytes);
    },
  });
};
