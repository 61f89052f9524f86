/** Sign-in, cookies, CSRF, rate limit, accounts and the OpenAPI document, on both engines. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { addUser, changePassword } from '../../src/server/services/user.service.ts';
import { createTestDb, ENGINES, type TestDb } from '../factories/db.ts';
import { type Api, login, PASSWORD, startApi } from './harness.ts';

describe.each(ENGINES)('auth on %s', (engine) => {
  let api: Api;
  beforeAll(async () => {
    // Requests from `inject` come from 127.0.0.1: here the trusted proxy, so X-Forwarded-Proto counts.
    api = await startApi(engine, { loginRateLimit: 1000, trustedProxies: ['127.0.0.1'] });
  });
  afterAll(async () => {
    await api?.close();
  });
  const loginRaw = (name: string, password: string, headers: Record<string, string> = {}) =>
    api.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { name, password },
      headers,
    });

  it('refuses a wrong password and an unknown user alike', async () => {
    for (const [name, password] of [
      ['admin', 'wrong password'],
      ['nobody', PASSWORD],
    ] as const) {
      const response = await loginRaw(name, password);
      expect(response.statusCode).toBe(401);
      expect(response.json().error).toMatchObject({
        code: 'login_failed',
        message: '用户名或密码错误',
      });
    }
  });

  it('sets an HttpOnly, SameSite=Lax session cookie, Secure behind TLS', async () => {
    const plain = (await loginRaw('admin', PASSWORD)).cookies.find(
      (c) => c.name === 'minsheng_session',
    );
    expect(plain).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(plain?.secure).toBeFalsy();
    const tls = (await loginRaw('admin', PASSWORD, { 'x-forwarded-proto': 'https' })).cookies.find(
      (c) => c.name === 'minsheng_session',
    );
    expect(tls).toMatchObject({ httpOnly: true, secure: true });
  });

  it('refuses cookie-authenticated writes without the CSRF token', async () => {
    const { cookie, csrf } = api.sessions.admin;
    const body = { label: 'csrf', start: '2024-01-01', end: '2024-12-31' };
    const url = `/api/plans/${api.planId}/periods`;
    const none = await api.app.inject({ method: 'POST', url, payload: body, headers: { cookie } });
    expect(none.statusCode).toBe(403);
    expect(none.json().error.code).toBe('csrf_failed');
    const wrong = await api.app.inject({
      method: 'POST',
      url,
      payload: body,
      headers: { cookie, 'x-csrf-token': `${csrf.slice(1)}x` },
    });
    expect(wrong.statusCode).toBe(403);
    const right = await api.app.inject({
      method: 'POST',
      url,
      payload: body,
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(right.statusCode).toBe(201);
  });

  it('signs out', async () => {
    const session = await login(api.app, 'civil');
    const me = () =>
      api.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect((await me()).json().role).toBe('reporter');
    await api.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
    });
    expect((await me()).json().role).toBe('public');
  });

  it('a new password ends the old sessions', async () => {
    const session = await login(api.app, 'leader');
    await changePassword(api.t.db, 'leader', 'Another long password 2');
    const me = await api.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: session.cookie },
    });
    expect(me.json().role).toBe('public');
    await login(api.app, 'leader', 'Another long password 2');
  });

  it('refuses passwords that break the rules and duplicate names', async () => {
    await expect(
      addUser(api.t.db, { name: 'x', role: 'admin', password: 'short' }),
    ).rejects.toMatchObject({ code: 'password_too_short' });
    await expect(
      addUser(api.t.db, { name: 'admin', role: 'admin', password: PASSWORD }),
    ).rejects.toMatchObject({ code: 'already_exists' });
  });
});

describe('first start and limits (sqlite)', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb('sqlite');
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('rate limits the login route', async () => {
    const app = await buildApp({ store: t, loginRateLimit: 3, docs: false });
    const attempt = () =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { name: 'admin', password: 'guess guess' },
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await attempt();
    expect(limited.json().error).toMatchObject({
      code: 'rate_limited',
      messageEn: expect.stringContaining('Too many'),
    });
    await app.close();
  });

  it('serves the OpenAPI document and the docs page', async () => {
    const app = await buildApp({ store: t });
    const spec = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/plans/{id}/items',
        '/api/reports/{id}',
        '/api/imports',
        '/api/plans/{id}/dashboard',
      ]),
    );
    expect((await app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBeLessThan(400);
    await app.close();
  });
});
