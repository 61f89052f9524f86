/**
 * The audit log: read with filters (the auditor everything, the office its business entities),
 * verify the hash chain and export it for the assessor (auditor).
 */
import { Readable } from 'node:stream';
import { z } from 'zod';
import { clientOf } from '../auth/session.plugin.ts';
import { MAX_INT } from '../db/limits.ts';
import { IdParam, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { AuditEventDto, AuditVerificationDto } from '../presenters/audit.presenter.ts';
import { exportAuditLog, readAuditLog, verifyAuditLog } from '../services/audit.service.ts';

const Instant = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .describe('ISO date (YYYY-MM-DD, UTC midnight) or date-time');

/** A date or date-time as the ISO instant the log stores. */
const toInstant = (value: string | undefined) =>
  value === undefined ? undefined : new Date(value).toISOString();

const Range = z.object({
  from: Instant.optional().describe('From (inclusive)'),
  to: Instant.optional().describe('To (exclusive)'),
});

export const auditRoutes: Routes = (app, { store }) => {
  app.get('/api/audit-events', {
    schema: {
      tags: ['audit'],
      summary:
        'Who did what, newest first: the auditor sees every event, the office those of the business (not accounts, sessions, settings, the log or backups)',
      querystring: Range.extend({
        actor: z.string().max(100).optional(),
        action: z.string().max(60).optional().describe('e.g. auth.login_failed'),
        entity: z
          .string()
          .max(40)
          .optional()
          .describe('plan, period, item, report, user, settings, audit'),
        entityId: IdParam.optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
        offset: z.coerce.number().int().min(0).max(MAX_INT).default(0),
      }),
      response: withErrors({ 200: z.array(AuditEventDto) }),
    },
    handler: (request) =>
      readAuditLog(store.db, request.actor, {
        ...request.query,
        from: toInstant(request.query.from),
        to: toInstant(request.query.to),
      }),
  });
  app.get('/api/audit/verify', {
    schema: {
      tags: ['audit'],
      summary: 'Check the hash chain and name every edited, deleted or inserted event (auditor)',
      response: withErrors({ 200: AuditVerificationDto }),
    },
    handler: (request) => verifyAuditLog(store.db, request.actor),
  });
  app.get('/api/audit/export', {
    schema: {
      tags: ['audit'],
      summary:
        'The log for the assessor as JSON Lines with its hashes, oldest first (auditor); `minsheng audit verify --file` checks it',
      querystring: Range,
      response: withErrors({ 200: z.unknown() }),
    },
    handler: async (request, reply) => {
      const lines = await exportAuditLog(store.db, request.actor, {
        from: toInstant(request.query.from),
        to: toInstant(request.query.to),
        address: clientOf(request).address,
      });
      return reply
        .header('content-type', 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', 'attachment; filename="minsheng-audit.jsonl"')
        .send(Readable.from(lines));
    },
  });
};
