/**
 * The office API answers signed-in users. An anonymous caller reading a plan, an item, a report
 * or a download there is sent (303 See Other) to its public twin under /api/public/, which
 * answers in the allow-listed public shape from the last fully published period — or 404, the
 * same for a draft as for an id never used. The table is by route, so adding a route with a
 * public twin is one line, and a test holds every anonymous reading of the office API to it.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodApp } from './zod-app.ts';

type Params = Record<string, string>;

const TWINS: Record<string, (p: Params) => string> = {
  '/api/plans': () => '/api/public/plans',
  '/api/plans/:id': (p) => `/api/public/plans/${p.id}`,
  '/api/plans/:id/categories': (p) => `/api/public/plans/${p.id}`,
  '/api/plans/:id/periods': (p) => `/api/public/plans/${p.id}`,
  '/api/plans/:id/items': (p) => `/api/public/plans/${p.id}`,
  '/api/plans/:id/export.json': (p) => `/api/public/plans/${p.id}/table.json`,
  '/api/plans/:id/table.:format': (p) => `/api/public/plans/${p.id}/table.${p.format}`,
  '/api/items/:id': (p) => `/api/public/items/${p.id}`,
  '/api/reports/:id': (p) => `/api/public/reports/${p.id}`,
};

/** The public twin of an office route, for tests and documentation. */
export const publicTwinOf = (route: string, params: Params): string | undefined =>
  TWINS[route]?.(params);

/**
 * Redirects anonymous reads of the office routes that have a public twin: the hook is attached
 * to those routes only, so no other request pays for it.
 */
export function registerPublicTwins(app: ZodApp): void {
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat();
    if (!TWINS[route.url] || !methods.some((m) => m === 'GET' || m === 'HEAD')) return;
    const own = route.preHandler ? [route.preHandler].flat() : [];
    route.preHandler = [redirectAnonymous, ...own];
  });
}

async function redirectAnonymous(request: FastifyRequest, reply: FastifyReply) {
  if (request.actor.role !== 'public') return;
  const twin = publicTwinOf(request.routeOptions.url ?? '', request.params as Params);
  if (!twin) return;
  const query = request.url.indexOf('?');
  return reply.redirect(query === -1 ? twin : twin + request.url.slice(query), 303);
}
