/**
 * Faults a client can cause, each answered with a 4xx in our envelope and nothing changed —
 * never a 500 — on both engines. Each case is one a user, a script or a scanner has sent.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, ENGINES } from '../factories/db.ts';
import { draftBody, itemId, openPeriod } from './fixtures.ts';
import { type Api, startApi } from './harness.ts';

interface Answer {
  statusCode: number;
  body: string;
}

/** Asserts a refusal with `status` in our error envelope, and returns its code. */
function refused(response: Answer, status: number): string {
  expect(response.statusCode, response.body).toBe(status);
  const body = JSON.parse(response.body) as { error: Record<string, unknown> };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error).toMatchObject({
    code: expect.any(String),
    message: expect.stringMatching(/[\u4e00-\u9fff]/),
    messageEn: expect.any(String),
  });
  return body.error.code as string;
}

describe.each(ENGINES)('faults on %s', (engine) => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(engine, { docs: true });
  });
  afterAll(async () => {
    await api?.close();
  });
  const inject = (options: InjectOptions) => api.app.inject(options);
  const asAdmin = (headers: Record<string, string> = {}) => ({
    cookie: api.sessions.admin.cookie,
    'x-csrf-token': api.sessions.admin.csrf,
    ...headers,
  });

  it.each(['99999999999999999999', '2147483648', '-1', '0', '1.5', 'abc'])(
    'refuses the id %s with 400',
    async (id) => {
      for (const url of [
        `/api/plans/${id}`,
        `/api/items/${id}`,
        `/api/reports/${id}`,
        `/api/plans/${id}/items`,
        `/api/plans/${id}/dashboard`,
        `/api/plans/${id}/table.docx`,
        `/api/plans/1/items?period=${id}`,
        `/api/plans/1/dashboard?period=${id}`,
        `/api/audit-events?entityId=${id}`,
      ]) {
        expect(refused(await inject({ method: 'GET', url, headers: asAdmin() }), 400)).toBe(
          'validation_failed',
        );
      }
    },
  );

  it('refuses ids out of range in bodies, and huge versions', async () => {
    const before = await countRows(api.t);
    // 99999999999999999999 as JSON: beyond any integer column, and beyond a double's precision.
    const create = await api.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: asAdmin({ 'content-type': 'application/json' }),
      payload: `{"itemId": 99999999999999999999, "periodId": 1, "statusLabel": null, "points": []}`,
    });
    expect(create.statusCode).toBe(400);
    const big = await api.call('admin', 'POST', '/api/reports', {
      itemId: 2 ** 31,
      periodId: 1,
      ...draftBody(''),
    });
    expect(big.status).toBe(400);
    const edit = await api.call('admin', 'PATCH', `/api/items/${await itemId(api, '1')}`, {
      version: 2 ** 40,
      task: '改一改',
    });
    expect(edit.status).toBe(400);
    expect(await countRows(api.t)).toEqual(before);
  });

  it('refuses text with a NUL character, and stores nothing', async () => {
    const before = await countRows(api.t);
    const id = await itemId(api, '1');
    const response = await api.call('admin', 'PATCH', `/api/items/${id}`, {
      version: 1,
      task: 'before\u0000after',
    });
    expect(response.status).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    const login = await inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { name: 'ad\u0000min', password: 'x' },
    });
    expect(refused(login, 400)).toBe('validation_failed');
    const search = await inject({ method: 'GET', url: '/api/plans/1/items?q=%00' });
    expect(refused(search, 400)).toBe('validation_failed');
    expect(await countRows(api.t)).toEqual(before);
  });

  it('creates one report when two creates race, and answers the other with 409', async () => {
    const periodId = await openPeriod(api, '1-11月');
    const body = { itemId: await itemId(api, '3'), periodId, ...draftBody('并发') };
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => api.call('admin', 'POST', '/api/reports', body)),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409]);
    const conflict = answers.find((a) => a.status === 409);
    expect(conflict?.json().error.code).toBe('already_exists');
    expect(conflict?.json().error.details.current.itemId).toBe(body.itemId);
  });

  it('refuses a non-ASCII or wrong-length CSRF token with 403', async () => {
    const { csrf } = api.sessions.admin;
    // Header bytes above 0x7f arrive as Latin-1 characters: as many characters, more UTF-8 bytes.
    for (const token of ['é'.repeat(csrf.length), 'ÿ'.repeat(csrf.length), `${csrf}x`, '令牌']) {
      const response = await inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: {
          cookie: api.sessions.admin.cookie,
          'x-csrf-token': Buffer.from(token).toString('latin1').slice(0, token.length),
        },
      });
      expect(refused(response, 403)).toBe('csrf_failed');
    }
    expect((await api.call('admin', 'GET', '/api/auth/me')).json().role).toBe('admin');
  });

  it('answers an unknown period word such as ?period=1-9月 in our envelope', async () => {
    for (const url of [
      `/api/plans/${api.planId}/items?period=${encodeURIComponent('1-9月')}`,
      `/api/plans/${api.planId}/dashboard?period=${encodeURIComponent('1-9月')}`,
      `/api/plans/${api.planId}/table.docx?period=${encodeURIComponent('1-9月')}`,
      `/api/plans/${api.planId}/items?status=${encodeURIComponent('滞后')}`,
      `/api/plans/${api.planId}/table.doc`,
      `/api/plans/${api.planId}/items?period=%E6%9C`,
      `/api/plans/%E6%9C/items`,
    ]) {
      expect(refused(await inject({ method: 'GET', url, headers: asAdmin() }), 400)).toBe(
        'validation_failed',
      );
    }
  });

  it('refuses malformed JSON, a wrong content type and an empty body', async () => {
    const url = `/api/plans/${api.planId}/periods`;
    const broken = await inject({
      method: 'POST',
      url,
      headers: asAdmin({ 'content-type': 'application/json' }),
      payload: '{"label": "1-10月",',
    });
    expect(refused(broken, 400)).toBe('validation_failed');
    const xml = await inject({
      method: 'POST',
      url,
      headers: asAdmin({ 'content-type': 'application/xml' }),
      payload: '<period/>',
    });
    expect(refused(xml, 415)).toBe('unsupported_format');
    const empty = await inject({
      method: 'POST',
      url,
      headers: asAdmin({ 'content-type': 'application/json' }),
    });
    expect(refused(empty, 400)).toBe('validation_failed');
    const notMultipart = await inject({
      method: 'POST',
      url: '/api/imports',
      headers: asAdmin({ 'content-type': 'text/plain' }),
      payload: 'a table',
    });
    expect(refused(notMultipart, 400)).toBe('file_missing');
    const array = await inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '[1,2,3]',
    });
    expect(refused(array, 400)).toBe('validation_failed');
  });

  it('refuses huge query strings and long paths', async () => {
    const items = '/api/plans/1/items';
    const longSearch = await inject({ method: 'GET', url: `${items}?q=${'q'.repeat(3_000)}` });
    expect(refused(longSearch, 400)).toBe('validation_failed');
    const huge = await inject({ method: 'GET', url: `${items}?q=${'q'.repeat(20_000)}` });
    expect(refused(huge, 414)).toBe('uri_too_long');
    const many = Array.from({ length: 2_000 }, (_, i) => `k${i}=${i}`).join('&');
    expect(refused(await inject({ method: 'GET', url: `${items}?${many}` }), 414)).toBe(
      'uri_too_long',
    );
    const path = `/api/${'x/'.repeat(5_000)}`;
    expect(refused(await inject({ method: 'GET', url: path }), 414)).toBe('uri_too_long');
  });

  it('says plainly that no PDF can be made where Chromium is absent', async () => {
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const response = await inject({
        method: 'GET',
        url: `/api/public/plans/${api.planId}/table.pdf`,
      });
      expect(refused(response, 503)).toBe('pdf_unavailable');
      expect(response.json().error.message).toContain('本服务器未安装Chromium，无法生成PDF');
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });

  it('takes an edit of a period that changes nothing as no change', async () => {
    const periods = (await api.call('admin', 'GET', `/api/plans/${api.planId}/periods`)).json();
    const response = await api.call('admin', 'PATCH', `/api/periods/${periods[0].id}`, {});
    expect(response.status).toBe(200);
    expect(response.json().label).toBe(periods[0].label);
  });

  it('refuses escapes from the docs static server', async () => {
    for (const url of [
      '/api/docs/static/../../../etc/passwd',
      '/api/docs/static/%2e%2e/%2e%2e/package.json',
      '/api/docs/static/index.html%00.js',
      `/api/docs/static/${'a'.repeat(3_000)}`,
      '/api/docs/static/%E0%A4%A',
    ]) {
      const response = await inject({ method: 'GET', url });
      expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, url).toBeLessThan(500);
      expect(response.body).not.toContain('root:');
      refused(response, response.statusCode);
    }
  });
});
