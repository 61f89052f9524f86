/**
 * Every registered route, enumerated from Fastify as it registers them, called with random ids,
 * strings (unicode, NUL, huge) and bodies, as the public and as a signed-in administrator: no
 * answer is a 5xx, and every 4xx is our error envelope. A new route is covered without a line
 * here.
 */
import fc from 'fast-check';
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZodObject } from 'zod';
import { ENGINES } from '../factories/db.ts';
import { type Api, startApi } from './harness.ts';

interface Route {
  method: string;
  url: string;
  query: string[];
  body: string[];
}

const RUNS = Number(process.env.ROUTE_PROPERTY_RUNS ?? 25);

const keysOf = (schema: unknown): string[] =>
  schema && typeof schema === 'object' && 'shape' in schema
    ? Object.keys((schema as ZodObject).shape)
    : [];

/** Text a client might send: ids good and bad, unicode, NUL, control characters, huge. */
const text = fc.oneof(
  fc.constantFrom('1', '2', '0', '-1', '1.5', '99999999999999999999', '2147483648', 'NaN', ''),
  fc.constantFrom('1-9月', '按进度完成', 'true', 'false', 'docx', 'pdf', '%00', '../..', 'null'),
  fc.constantFrom('%E6%9C', '%', '%zz', '..%2f..%2f', '%C0%AE'),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ maxLength: 5 }).map((s) => `${s}\u0000${s}`),
  fc.integer({ min: 1, max: 12 }).map((n) => 'x'.repeat(n * 1_000)),
);

/** A JSON value for a body field: any shape, including the wrong one. */
const value = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 4 }),
  fc.jsonValue({ maxDepth: 2 }),
);

function requestOf(route: Route) {
  const params = fc.record(
    Object.fromEntries([...route.url.matchAll(/:(\w+)/g)].map(([, name]) => [name, text])),
  );
  const query = fc.dictionary(fc.constantFrom(...route.query, 'x', 'period'), text, {
    maxKeys: 4,
  });
  const body = fc.oneof(
    fc.dictionary(fc.constantFrom(...route.body, 'extra'), value, { maxKeys: 8 }),
    fc.jsonValue({ maxDepth: 3 }),
  );
  // Raw: sent as typed, broken percent escapes included, as a scanner sends them.
  return fc.record({ params, query, body, raw: fc.boolean() });
}

function urlOf(
  route: Route,
  {
    params,
    query,
    raw,
  }: { params: Record<string, string>; query: Record<string, string>; raw: boolean },
) {
  const path = route.url.replace(/:(\w+)/g, (_, name: string) =>
    raw ? (params[name] ?? '').replace(/[/?#\s]/g, '') : encodeURIComponent(params[name] ?? ''),
  );
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}

describe.each(ENGINES)('every route on %s', (engine) => {
  let api: Api;
  const routes: Route[] = [];
  beforeAll(async () => {
    const collect = (route: RouteOptions) => {
      for (const method of [route.method].flat()) {
        if (method === 'HEAD' || method === 'OPTIONS') continue;
        const schema = route.schema as { querystring?: unknown; body?: unknown } | undefined;
        routes.push({
          method,
          url: route.url,
          query: keysOf(schema?.querystring),
          body: keysOf(schema?.body),
        });
      }
    };
    api = await startApi(engine, { docs: true, onRoute: collect });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('enumerates the API', () => {
    const urls = routes.map((r) => `${r.method} ${r.url}`);
    expect(urls).toContain('GET /api/plans/:id/items');
    expect(urls).toContain('POST /api/reports');
    expect(urls).toContain('GET /api/docs/static/*');
    expect(routes.length).toBeGreaterThan(25);
  });

  it.each(['public', 'admin'] as const)(
    'answers random requests as %s with no 5xx',
    async (who) => {
      // Signing out would end the session the rest of the run speaks as.
      const targets = routes.filter((r) => !(who === 'admin' && r.url === '/api/auth/logout'));
      const session = who === 'admin' ? api.sessions.admin : null;
      for (const route of targets) {
        await fc.assert(
          fc.asyncProperty(requestOf(route), async (request) => {
            const url = urlOf(route, request);
            const { body } = request;
            const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
            const response = await api.app.inject({
              method: route.method as 'GET',
              url,
              headers: {
                ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
                ...(hasBody ? { 'content-type': 'application/json' } : {}),
              },
              ...(hasBody ? { payload: JSON.stringify(body) } : {}),
            });
            const where = `${route.method} ${url.slice(0, 200)} → ${response.statusCode} ${response.body.slice(0, 300)}`;
            expect(response.statusCode, where).toBeLessThan(500);
            // The public site's pages refuse with a page a citizen can read (a refusal made
            // before routing, such as 414, is the API's JSON); the API always with JSON.
            const page = /^text\/html/.test(String(response.headers['content-type']));
            if (response.statusCode >= 400 && page) {
              expect(route.url.startsWith('/api/'), where).toBe(false);
            } else if (response.statusCode >= 400) {
              const error = response.json().error;
              expect(error, where).toMatchObject({
                code: expect.any(String),
                message: expect.any(String),
                messageEn: expect.any(String),
              });
            }
          }),
          { numRuns: RUNS },
        );
      }
    },
  );
});
