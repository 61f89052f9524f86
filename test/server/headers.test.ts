/**
 * Security headers on every route, on both engines: every path of the OpenAPI document (plus the
 * docs and an unknown path) answered as the public and as a signed-in user carries the CSP,
 * nosniff, no framing and the referrer policy; what a signed-in user gets is never stored; HSTS
 * only over TLS. Then the docs page, under that CSP, really runs in Chromium.
 */
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../src/documents/export/pdf.ts';
import { buildApp } from '../../src/server/app.ts';
import type { ZodApp } from '../../src/server/http/zod-app.ts';
import { createTestDb, ENGINES, type TestDb } from '../factories/db.ts';
import { type Api, login, startApi } from './harness.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Every route of the app, from its OpenAPI document, with path parameters filled in. */
function routesOf(app: ZodApp, planId: number): { method: Method; url: string }[] {
  const spec = app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({
      method: method.toUpperCase() as Method,
      url: path
        .replace('{id}', String(planId))
        .replace('{format}', 'csv')
        .replace(/\{\w+\}/g, '1'),
    })),
  );
}

function expectSecurityHeaders(headers: Record<string, unknown>, where: string): void {
  const csp = String(headers['content-security-policy'] ?? '');
  expect(csp, where).toContain("script-src 'self'");
  expect(csp, where).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).toContain("object-src 'none'");
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(headers['x-frame-options'], where).toBe('DENY');
  expect(headers['referrer-policy'], where).toBe('same-origin');
}

describe.each(ENGINES)('security headers on %s', (engine) => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(engine, { trustedProxies: ['127.0.0.1'] });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('sends them on every route, to the public and to a signed-in user, and never lets a private answer be stored', async () => {
    const routes = routesOf(api.app, api.planId);
    expect(routes.length).toBeGreaterThan(30);
    for (const { method, url } of [...routes, { method: 'GET' as const, url: '/api/nowhere' }]) {
      const anonymous = await api.app.inject({ method, url });
      expectSecurityHeaders(anonymous.headers, `public ${method} ${url}`);
      // A fresh session each time: some routes (logout) end the one they are called with.
      const session = await login(api.app, 'admin');
      const signedIn = await api.app.inject({
        method,
        url,
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
      });
      expectSecurityHeaders(signedIn.headers, `admin ${method} ${url}`);
      expect(signedIn.headers['cache-control'], `${method} ${url}`).toBe('no-store');
      expect(signedIn.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('sends HSTS when the request came over TLS through the trusted proxy', async () => {
    const tls = await api.app.inject({
      method: 'GET',
      url: '/api/plans',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(tls.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    const login = await api.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { name: 'nobody', password: 'Guess guess 1' },
    });
    expect(login.headers['cache-control']).toBeUndefined(); // refused: nothing private, no cookie
  });
});

describe('the API docs under the CSP, in Chromium', () => {
  const executablePath = findChromium();
  let t: TestDb;
  let app: ZodApp;
  beforeAll(async () => {
    t = await createTestDb('sqlite');
    app = await buildApp({ store: t });
  });
  afterAll(async () => {
    await app?.close();
    await t?.cleanup();
  });

  it.skipIf(!executablePath)(
    'renders /api/docs with no CSP violation (skipped: no Chromium)',
    async () => {
      const served = await app.inject({ method: 'GET', url: '/api/docs/static/index.html' });
      expectSecurityHeaders(served.headers, '/api/docs');
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      const browser = await chromium.launch({
        executablePath: executablePath ?? undefined,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      try {
        const page = await browser.newPage();
        const violations: string[] = [];
        page.on('console', (message) => {
          if (/Content Security Policy|Refused to/i.test(message.text()))
            violations.push(message.text());
        });
        await page.goto(`${address}/api/docs`);
        await page.getByText('Minsheng API').first().waitFor({ timeout: 20_000 });
        await page.getByText('/api/auth/login').first().waitFor();
        expect(violations).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );
});
