/**
 * The public API and open data, no sign-in: published plans, items and reports in their
 * allow-listed shapes, the plan document as JSON and the summary table in every format, an Atom
 * feed, 民生码 images and a citizen's comment by tracking number. Everything but the last is
 * answered from the public cache (ETag, 304) of the current public revision.
 */
import { z } from 'zod';
import { qrPng, qrSvg } from '../../documents/export/qr-code.ts';
import { CONTENT_TYPES, EXPORT_FORMATS } from '../../documents/export/render-plan.ts';
import { IdParams, withErrors } from '../http/error-dto.ts';
import { PublicCache, sendPublic } from '../http/public-cache.ts';
import type { Routes } from '../http/zod-app.ts';
import { TrackedCommentDto } from '../presenters/public-comment.presenter.ts';
import { presentAtomFeed } from '../presenters/public-feed.presenter.ts';
import { PublicItemDto, PublicReportDto } from '../presenters/public-item.presenter.ts';
import {
  PublicPlanDocumentDto,
  PublicPlanDto,
  PublicPlanSummaryDto,
  presentPublicPlan,
  presentPublicPlanDocument,
} from '../presenters/public-plan.presenter.ts';
import { trackComment } from '../services/comment.service.ts';
import { renderPublicTable } from '../services/document-export.service.ts';
import { readPublicFeed } from '../services/public-feed.service.ts';
import {
  readPublicItem,
  readPublicReport,
  requirePublicItem,
} from '../services/public-item.service.ts';
import {
  readPublicPlan,
  readPublicPlans,
  requirePublicPeriods,
} from '../services/public-plan.service.ts';
import { itemPageUrl, planPageUrl, publicBaseUrl } from '../services/public-url.ts';

const PeriodQuery = z.object({
  period: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('A public period; the latest by default'),
});
const JSON_TYPE = 'application/json; charset=utf-8';
const json = <T>(schema: z.ZodType<T>, value: T) => ({
  type: JSON_TYPE,
  body: JSON.stringify(schema.parse(value)),
});
const QR_TYPES = { svg: 'image/svg+xml', png: 'image/png' } as const;

/** RFC 6266/5987: an ASCII fallback plus the UTF-8 name; data to read in place, files to save. */
function disposition(name: string, extension: string): string {
  const kind = extension === 'json' || extension === 'html' ? 'inline' : 'attachment';
  return `${kind}; filename="minsheng.${extension}"; filename*=UTF-8''${encodeURIComponent(`${name}.${extension}`)}`;
}

export const publicApiRoutes: Routes = (app, { store, downloadRateLimit }) => {
  const db = store.db;
  const cache = new PublicCache();
  const tags = ['public'];

  app.get('/api/public/plans', {
    schema: {
      tags,
      summary: 'Plans with a period published as a whole',
      response: withErrors({ 200: z.array(PublicPlanSummaryDto) }),
    },
    handler: (request, reply) =>
      sendPublic(request, reply, {
        db,
        cache,
        key: 'plans',
        build: async () => json(z.array(PublicPlanSummaryDto), await readPublicPlans(db)),
      }),
  });
  app.get('/api/public/plans/:id', {
    schema: {
      tags,
      summary: "A plan's items as last published as a whole, by category",
      params: IdParams,
      querystring: PeriodQuery,
      response: withErrors({ 200: PublicPlanDto }),
    },
    handler: (request, reply) =>
      sendPublic(request, reply, {
        db,
        cache,
        key: `plan:${request.params.id}:${request.query.period ?? ''}`,
        build: async () =>
          json(
            PublicPlanDto,
            presentPublicPlan(await readPublicPlan(db, request.params.id, request.query.period)),
          ),
      }),
  });
  app.get('/api/public/plans/:id/table.:format', {
    // A .docx or a PDF costs seconds to make once per published version: anonymous callers may
    // not ask for fresh variants faster than a person would. One budget with the office's
    // download routes, per client address.
    config: {
      rateLimit: {
        groupId: 'downloads',
        max: downloadRateLimit.public,
        timeWindow: '1 minute',
        keyGenerator: (r) => `ip:${r.ip}`,
      },
    },
    schema: {
      tags,
      summary:
        'Open data: the plan document (json, schema minsheng.plan/1) or the summary table (csv, xlsx, docx, html, pdf) of a public period',
      params: IdParams.extend({ format: z.enum(EXPORT_FORMATS) }),
      querystring: PeriodQuery.extend({
        assessment: z
          .enum(['true', 'false'])
          .default('false')
          .describe('Add 完成率/序时进度/评估 columns'),
        attachment: z.string().max(20).optional().describe('Heading line such as 附件4'),
      }),
      response: withErrors({ 200: z.unknown().describe('json: PublicPlanDocument') }),
    },
    handler: (request, reply) => {
      const { id, format } = request.params;
      const { period, assessment, attachment } = request.query;
      return sendPublic(request, reply, {
        db,
        cache,
        key: `table:${id}:${format}:${period ?? ''}:${assessment}:${attachment ?? ''}`,
        build: async () => {
          const view = await readPublicPlan(db, id, period);
          const headers = { 'content-disposition': disposition(view.document.plan.title, format) };
          if (format === 'json')
            return { ...json(PublicPlanDocumentDto, presentPublicPlanDocument(view)), headers };
          const body = await renderPublicTable(view.document, format, {
            assessment: assessment === 'true',
            attachmentLabel: attachment ?? null,
          });
          return { type: CONTENT_TYPES[format], body, headers };
        },
      });
    },
  });
  app.get('/api/public/plans/:id/feed.atom', {
    schema: {
      tags,
      summary: 'Atom feed of newly published reports (corrections included)',
      params: IdParams,
    },
    handler: async (request, reply) => {
      const base = await publicBaseUrl(db, `${request.protocol}://${request.host}`);
      return sendPublic(request, reply, {
        db,
        cache,
        key: `feed:${request.params.id}:${base}`,
        build: async () => {
          const { plan, entries } = await readPublicFeed(db, request.params.id);
          return {
            type: 'application/atom+xml; charset=utf-8',
            body: presentAtomFeed({ base, plan, entries }),
          };
        },
      });
    },
  });
  app.get('/api/public/items/:id', {
    schema: {
      tags,
      summary:
        'An item as published: its report in the public period, every published version, answered comments',
      params: IdParams,
      response: withErrors({ 200: PublicItemDto }),
    },
    handler: (request, reply) =>
      sendPublic(request, reply, {
        db,
        cache,
        key: `item:${request.params.id}`,
        build: async () => json(PublicItemDto, await readPublicItem(db, request.params.id)),
      }),
  });
  app.get('/api/public/reports/:id', {
    schema: {
      tags,
      summary: "A report's latest publication in a public period",
      params: IdParams,
      response: withErrors({ 200: PublicReportDto }),
    },
    handler: (request, reply) =>
      sendPublic(request, reply, {
        db,
        cache,
        key: `report:${request.params.id}`,
        build: async () => json(PublicReportDto, await readPublicReport(db, request.params.id)),
      }),
  });
  for (const kind of ['items', 'plans'] as const) {
    app.get(`/api/public/${kind}/:id/qr.:format`, {
      schema: {
        tags,
        summary: `民生码: the QR code of the ${kind === 'items' ? "item's" : "plan's"} public page (public.baseUrl, else this server's address)`,
        params: IdParams.extend({ format: z.enum(['svg', 'png']) }),
      },
      handler: async (request, reply) => {
        const { id, format } = request.params;
        const base = await publicBaseUrl(db, `${request.protocol}://${request.host}`);
        return sendPublic(request, reply, {
          db,
          cache,
          key: `qr:${kind}:${id}:${format}:${base}`,
          build: async () => {
            if (kind === 'items') await requirePublicItem(db, id);
            else await requirePublicPeriods(db, id);
            const url = kind === 'items' ? itemPageUrl(base, id) : planPageUrl(base, id);
            return {
              type: QR_TYPES[format],
              body: format === 'svg' ? await qrSvg(url) : await qrPng(url),
              headers: {
                'content-disposition': `inline; filename="minsheng-${kind.slice(0, -1)}-${id}.${format}"`,
              },
            };
          },
        });
      },
    });
  }
  app.get('/api/public/comments/:trackingNumber', {
    schema: {
      tags,
      summary:
        "A citizen's own comment by its tracking number: state, reason when not shown, answer",
      params: z.object({ trackingNumber: z.string().max(40) }),
      response: withErrors({ 200: TrackedCommentDto }),
    },
    handler: async (request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send(await trackComment(db, request.params.trackingNumber)),
  });
};
