/** Settings: defaults until changed, checked values, all-or-nothing, audited, sysadmin only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../factories/db.ts';
import { type Api, startApi } from './harness.ts';

describe.each(ENGINES)('settings on %s', (engine) => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(engine);
  });
  afterAll(() => api.close());

  const value = async (key: string) => {
    const list = (await api.call('sysadmin', 'GET', '/api/settings')).json();
    return list.find((s: { key: string }) => s.key === key)?.value;
  };

  it('answers the default until someone changes it', async () => {
    expect(await value('public.baseUrl')).toBeNull();
  });

  it('stores a change by the system administrator and logs it', async () => {
    const response = await api.call('sysadmin', 'PATCH', '/api/settings', {
      'public.baseUrl': 'https://ms.example.gov.cn',
    });
    expect(response.status).toBe(200);
    expect(await value('public.baseUrl')).toBe('https://ms.example.gov.cn');
    const row = await api.t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'settings.update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.after ?? '{}')).toEqual({
      'public.baseUrl': 'https://ms.example.gov.cn',
    });
  });

  it('refuses an unknown key or a bad value with a message, changing nothing', async () => {
    const bad = await api.call('sysadmin', 'PATCH', '/api/settings', {
      'public.baseUrl': 'https://other.example.gov.cn',
      'no.such': 1,
    });
    expect(bad.status).toBe(400);
    expect(bad.json().error.messageEn).toContain('no.such');
    const wrong = await api.call('sysadmin', 'PATCH', '/api/settings', {
      'public.baseUrl': 'not a url',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json().error.message).toContain('公开站点地址');
    expect(await value('public.baseUrl')).toBe('https://ms.example.gov.cn');
  });

  it('lets only the system administrator change settings', async () => {
    for (const who of ['admin', 'leader', 'health'] as const)
      expect((await api.call(who, 'PATCH', '/api/settings', {})).status).toBe(403);
    expect((await api.call('public', 'PATCH', '/api/settings', {})).status).toBe(401);
  });
});
