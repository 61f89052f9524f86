/**
 * The public site under /p/: server-rendered pages for citizens, no login, no script. Each page
 * reads through a public service (published data only) and renders a component of pages/.
 */
import fastifyStatic from '@fastify/static';
import { z } from 'zod';
import type { Routes } from '../server/http/zod-app.ts';
import { fromRoot } from '../server/package-root.ts';
import { readPublishedPlans } from '../server/services/public-plan.service.ts';
import { langOf } from './lang.ts';
import { HomePage } from './pages/HomePage.tsx';
import { renderDocument } from './render.tsx';

const LangQuery = z.object({ lang: z.enum(['zh', 'en']).optional() });

export const publicRoutes: Routes = (app, { store }) => {
  void app.register(fastifyStatic, {
    root: fromRoot('src', 'public', 'assets'),
    prefix: '/p/assets/',
    decorateReply: false,
    maxAge: '1d',
  });
  app.get('/p', { schema: { hide: true } }, (_request, reply) => reply.redirect('/p/', 301));
  app.get('/p/', {
    schema: { hide: true, querystring: LangQuery },
    handler: async (request, reply) => {
      const plans = await readPublishedPlans(store.db);
      return reply
        .type('text/html; charset=utf-8')
        .send(renderDocument(<HomePage lang={langOf(request.query)} plans={plans} />));
    },
  });
};
