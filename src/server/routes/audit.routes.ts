/** The audit log (admin). */
import { z } from 'zod';
import { MAX_INT } from '../db/limits.ts';
import { IdParam, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { AuditEventDto } from '../presenters/audit.presenter.ts';
import { readAuditLog } from '../services/audit.service.ts';

export const auditRoutes: Routes = (app, { store }) => {
  app.get('/api/audit-events', {
    schema: {
      tags: ['audit'],
      summary: 'Who did what, newest first',
      querystring: z.object({
        entity: z.string().max(40).optional(),
        entityId: IdParam.optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
        offset: z.coerce.number().int().min(0).max(MAX_INT).default(0),
      }),
      response: withErrors({ 200: z.array(AuditEventDto) }),
    },
    handler: (request) => readAuditLog(store.db, request.actor, request.query),
  });
};
