/**
 * The office's review: the queue of submitted reports oldest first, and a report's versions
 * for the history and diff, each shown only to those who may read a report in that state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../factories/db.ts';
import { draftBody, itemId, openPeriod } from './fixtures.ts';
import { type Api, startApi } from './harness.ts';

describe.each(ENGINES)('review queue and versions on %s', (engine) => {
  let api: Api;
  let periodId: number;
  beforeAll(async () => {
    api = await startApi(engine);
    periodId = await openPeriod(api, '1-10月');
  });
  afterAll(async () => {
    await api?.close();
  });
  const file = async (who: 'health' | 'civil', no: string) => {
    const created = (
      await api.call(who, 'POST', '/api/reports', {
        itemId: await itemId(api, no),
        periodId,
        ...draftBody(''),
      })
    ).json();
    const submitted = await api.call(who, 'POST', `/api/reports/${created.id}/submit`, {
      version: created.version,
    });
    expect(submitted.status).toBe(200);
    return created.id as number;
  };

  it('lists submitted reports oldest first, for the office only', async () => {
    const first = await file('health', '2');
    const second = await file('civil', '6');
    const queue = (await api.call('admin', 'GET', '/api/review-queue')).json();
    expect(queue.map((e: { reportId: number }) => e.reportId)).toEqual([first, second]);
    expect(queue[1]).toMatchObject({
      no: '6',
      unit: '市民政局',
      periodLabel: '1-10月',
      planTitle: '示例市2024年十件民生实事',
      version: 2,
    });
    expect((await api.call('health', 'GET', '/api/review-queue')).status).toBe(403);
    expect((await api.call('public', 'GET', '/api/review-queue')).status).toBe(401);
    // Approved leaves the queue.
    await api.call('admin', 'POST', `/api/reports/${first}/approve`, { version: 2 });
    const after = (await api.call('admin', 'GET', '/api/review-queue')).json();
    expect(after.map((e: { reportId: number }) => e.reportId)).toEqual([second]);
  });

  it('keeps every version with who made it; a leader never sees the drafts', async () => {
    const id = await file('health', '1');
    await api.call('admin', 'POST', `/api/reports/${id}/return`, {
      version: 2,
      reason: '请补充体检人数',
    });
    await api.call('health', 'PUT', `/api/reports/${id}`, { version: 3, ...draftBody('补充。') });
    const versions = (await api.call('health', 'GET', `/api/reports/${id}/versions`)).json();
    expect(versions.map((v: { version: number; state: string }) => [v.version, v.state])).toEqual([
      [1, 'draft'],
      [2, 'submitted'],
      [3, 'returned'],
      [4, 'draft'],
    ]);
    expect(versions.map((v: { by: string }) => v.by)).toEqual([
      'health',
      'health',
      'admin',
      'health',
    ]);
    expect(versions[2].returnReason).toBe('请补充体检人数');
    expect(versions[3].points[0]).toContain('补充');
    expect(versions[0].actuals.find((a: { actual: number }) => a.actual === 6)).toBeTruthy();
    const leader = (await api.call('leader', 'GET', `/api/reports/${id}/versions`)).json();
    expect(leader.map((v: { state: string }) => v.state)).toEqual(['submitted', 'returned']);
    expect((await api.call('civil', 'GET', `/api/reports/${id}/versions`)).status).toBe(403);
    expect((await api.call('public', 'GET', `/api/reports/${id}/versions`)).status).toBe(401);
  });

  it("reads an imported report's first version from the table it came from", async () => {
    const item = (await api.call('admin', 'GET', `/api/items/${await itemId(api, '3')}`)).json();
    const versions = (
      await api.call('admin', 'GET', `/api/reports/${item.reports[0].id}/versions`)
    ).json();
    expect(versions[0]).toMatchObject({
      version: 1,
      state: 'published',
      by: null,
      statusLabel: '按进度完成',
    });
    expect(versions[0].text).toContain('公里');
  });
});
