/**
 * The public view of a plan stays on the last period published as a whole until the next one is
 * published as a whole — everywhere the public reads — and a correction after publishing is a new
 * dated version beside the first, never an edit of it. Public responses are cached per published
 * version: a browser revalidates with its ETag and gets 304 until something is published.
 */
import { gunzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/schema.ts';
import { SYSTEM } from '../../src/server/policies/actor.ts';
import { recordPublications } from '../../src/server/services/publication.service.ts';
import { ENGINES } from '../factories/db.ts';
import { itemId, openPeriod, reportId, reportVersion } from './fixtures.ts';
import { type Api, startApi } from './harness.ts';
import { fetchPublic, publishPeriod } from './public-fixtures.ts';

describe.each(ENGINES)('the public period, on %s', (engine) => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(engine);
  });
  afterAll(async () => {
    await api?.close();
  });
  const json = async (url: string) => (await fetchPublic(api, url)).json();

  /** The period every public reading shows, one per reading. */
  async function shownEverywhere(): Promise<string[]> {
    const plan = api.planId;
    const item = await itemId(api, '1');
    const feed = (await fetchPublic(api, `/api/public/plans/${plan}/feed.atom`)).body;
    const page = (await fetchPublic(api, `/p/plans/${plan}`)).body;
    return [
      (await json('/api/public/plans'))[0].period.label,
      (await json(`/api/public/plans/${plan}`)).period.label,
      (await json(`/api/public/plans/${plan}/table.json`)).plan.period.label,
      (await json(`/api/public/items/${item}`)).current.period.label,
      /（(1-\d+月)）的进展/.exec(page)?.[1] ?? 'none',
      feed.includes('1-9月进展') ? '1-9月' : '1-6月',
    ];
  }

  it('shows the last period published as a whole, not one published in part', async () => {
    expect(await shownEverywhere()).toEqual(Array(6).fill('1-6月'));
    await publishPeriod(api, '1-9月', ['12']);
    expect(await shownEverywhere()).toEqual(Array(6).fill('1-6月'));
    const item2 = await json(`/api/public/items/${await itemId(api, '2')}`);
    expect(item2.history.map((v: { period: { label: string } }) => v.period.label)).toEqual([
      '1-6月',
    ]);
    await publishPeriod(api, '1-9月');
    expect(await shownEverywhere()).toEqual(Array(6).fill('1-9月'));
    const plan = await json(`/api/public/plans/${api.planId}`);
    expect(plan.periods.map((p: { label: string }) => p.label)).toEqual(['1-9月', '1-6月']);
    const earlier = plan.periods[1].id;
    expect((await fetchPublic(api, `/p/plans/${api.planId}/periods/${earlier}`)).statusCode).toBe(
      200,
    );
  });

  it('shows a correction as a new dated version and keeps the first', async () => {
    const id = await reportId(api, '3', '1-9月');
    const item = await itemId(api, '3');
    const before = await json(`/api/public/items/${item}`);
    const step = async (action: string, body: object = {}) => {
      const response = await api.call('admin', 'POST', `/api/reports/${id}/${action}`, {
        version: await reportVersion(api, id),
        ...body,
      });
      expect(response.status, action).toBe(200);
    };
    await step('return', { reason: '数据有误' });
    // Returned: the public still reads what was published.
    expect(await json(`/api/public/items/${item}`)).toEqual(before);
    const period = (await json(`/api/public/plans/${api.planId}`)).period.id;
    expect(
      (await api.call('admin', 'PATCH', `/api/periods/${period}`, { open: true })).status,
    ).toBe(200);
    const saved = await api.call('admin', 'PUT', `/api/reports/${id}`, {
      version: await reportVersion(api, id),
      statusLabel: '按进度完成',
      points: ['已完成农村公路提档升级90公里。', '改造危桥8座。', '新增公交线路5条。'],
    });
    expect(saved.status).toBe(200);
    await step('submit');
    await step('approve');
    await step('publish');
    const after = await json(`/api/public/items/${item}`);
    expect(after.current.edition).toBe(2);
    expect(after.current.report.points[0]).toContain('90公里');
    expect(after.current.publishedAt >= before.current.publishedAt).toBe(true);
    const versions = after.history.filter(
      (v: { period: { id: number } }) => v.period.id === period,
    );
    expect(versions.map((v: { edition: number }) => v.edition)).toEqual([2, 1]);
    expect(versions[1]).toEqual(before.current);
    const page = (await fetchPublic(api, `/p/items/${item}`)).body;
    expect(page).toContain('更正（第2版）');
    const feed = (await fetchPublic(api, `/api/public/plans/${api.planId}/feed.atom`)).body;
    expect(feed).toContain('第3项 1-9月进展（更正第1次）');
    // Reopening the period did not take the public view back.
    expect((await json(`/api/public/plans/${api.planId}`)).period.label).toBe('1-9月');
  });

  it('moves on when a closed period has every report it holds published', async () => {
    const period = await openPeriod(api, '1-10月');
    const items = await api.t.db.selectFrom('items').select(['id', 'no']).execute();
    for (const item of items.filter((i) => i.no !== '7')) {
      const created = await api.call('admin', 'POST', '/api/reports', {
        itemId: item.id,
        periodId: period,
        statusLabel: '按进度完成',
        points: ['工作正常推进。'],
      });
      expect(created.status).toBe(201);
      let version = created.json().version;
      for (const action of ['submit', 'approve', 'publish']) {
        const response = await api.call(
          'admin',
          'POST',
          `/api/reports/${created.json().id}/${action}`,
          { version },
        );
        expect(response.status).toBe(200);
        version = response.json().version;
      }
    }
    // Open, one item without a report: not whole yet.
    expect((await json(`/api/public/plans/${api.planId}`)).period.label).toBe('1-9月');
    expect(
      (await api.call('admin', 'PATCH', `/api/periods/${period}`, { open: false })).status,
    ).toBe(200);
    const plan = await json(`/api/public/plans/${api.planId}`);
    expect(plan.period.label).toBe('1-10月');
    const seven = plan.categories
      .flatMap((c: { items: { no: string }[] }) => c.items)
      .find((i: { no: string }) => i.no === '7');
    expect(seven).toMatchObject({ report: null });
    expect(seven.indicators.every((x: { actual: unknown }) => x.actual === null)).toBe(true);
  });

  it('answers 304 to a browser holding the current version, until something is published', async () => {
    const url = `/p/plans/${api.planId}`;
    const first = await fetchPublic(api, url);
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const again = await fetchPublic(api, url, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const zipped = await fetchPublic(api, url, { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(first.body);
    // A publication moves every public response on.
    const period = await openPeriod(api, '1-11月');
    const item = await itemId(api, '1');
    const created = await api.call('admin', 'POST', '/api/reports', {
      itemId: item,
      periodId: period,
      statusLabel: '已完成',
      points: ['全部完成。'],
    });
    let version = created.json().version;
    for (const action of ['submit', 'approve', 'publish']) {
      version = (
        await api.call('admin', 'POST', `/api/reports/${created.json().id}/${action}`, { version })
      ).json().version;
    }
    const stale = await fetchPublic(api, url, { 'if-none-match': etag });
    expect(stale.statusCode).toBe(200);
    expect(stale.headers.etag).not.toBe(etag);
  });
});

describe('two publishers completing a period at once (PostgreSQL, where transactions run side by side)', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi('postgres');
  });
  afterAll(async () => {
    await api?.close();
  });

  it('records the period as published as a whole, whichever commits last', async () => {
    await publishPeriod(api, '1-9月', ['1', '2']);
    const [a, b] = [await reportId(api, '1', '1-9月'), await reportId(api, '2', '1-9月')];
    const publish = (trx: Kysely<Database>, id: number) =>
      trx
        .updateTable('reports')
        .set((eb) => ({ state: 'published', version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .execute();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reached = () => {};
    const atGate = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const first = api.t.db.transaction().execute(async (trx) => {
      await publish(trx, a);
      await recordPublications(trx, SYSTEM, { reportIds: [a] });
      reached();
      await held;
    });
    await atGate;
    const second = api.t.db.transaction().execute(async (trx) => {
      await publish(trx, b);
      await recordPublications(trx, SYSTEM, { reportIds: [b] });
    });
    // The second is under way while the first has not committed; then the first commits.
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    await Promise.all([first, second]);
    const plan = (await fetchPublic(api, `/api/public/plans/${api.planId}`)).json();
    expect(plan.period.label).toBe('1-9月');
  });
});
