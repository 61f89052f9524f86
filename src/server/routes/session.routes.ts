/** Live sessions (security administrator): list, and end one. */
import { z } from 'zod';
import { withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { SessionDto } from '../presenters/session.presenter.ts';
import { readSessions, revokeSession } from '../services/session-admin.service.ts';

export const sessionRoutes: Routes = (app, { store, clock }) => {
  app.get('/api/sessions', {
    schema: {
      tags: ['accounts'],
      summary: 'Live sessions, newest first (security administrator)',
      querystring: z.object({ userId: z.coerce.number().int().positive().optional() }),
      response: withErrors({ 200: z.array(SessionDto) }),
    },
    handler: (request) => readSessions(store.db, request.actor, clock.now(), request.query.userId),
  });
  app.delete('/api/sessions/:id', {
    schema: {
      tags: ['accounts'],
      summary: 'End a session at once (security administrator)',
      params: z.object({ id: z.string().regex(/^[0-9a-f]{64}$/) }),
      response: withErrors({ 204: z.null() }),
    },
    handler: async (request, reply) => {
      await revokeSession(store.db, request.actor, request.params.id);
      return reply.status(204).send(null);
    },
  });
};
