/**
 * 民生码 and open data: each item's and plan's QR code decodes back to its public page (at the
 * configured public address, else the request's), the A4 poster carries the code, and the plan
 * is downloadable as the plan document, CSV and an Atom feed, with licence and update date.
 */

import { createRequire } from 'node:module';
import { XMLParser } from 'fast-xml-parser';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/documents/import/csv-parse.ts';
import { ENGINES } from '../factories/db.ts';
import { itemId } from './fixtures.ts';
import { type Api, startApi } from './harness.ts';
import { fetchPublic, ORIGIN } from './public-fixtures.ts';

// jsqr is CommonJS exporting the function itself, which its typings call `default`.
const jsQR = createRequire(import.meta.url)('jsqr') as typeof import('jsqr').default;

function decode(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

describe.each(ENGINES)('民生码 and open data, on %s', (engine) => {
  let api: Api;
  let item: number;
  beforeAll(async () => {
    api = await startApi(engine);
    item = await itemId(api, '3');
  });
  afterAll(async () => {
    await api?.close();
  });
  const setting = (value: unknown) =>
    api.call('sysadmin', 'PATCH', '/api/settings', { 'public.baseUrl': value });

  it("decodes an item's and a plan's code to their public pages", async () => {
    const png = await fetchPublic(api, `/api/public/items/${item}/qr.png`);
    expect(png.headers['content-type']).toBe('image/png');
    expect(decode(png.rawPayload)).toBe(`${ORIGIN}/p/items/${item}`);
    await setting('https://ms.example.gov.cn/');
    expect(decode((await fetchPublic(api, `/api/public/items/${item}/qr.png`)).rawPayload)).toBe(
      `https://ms.example.gov.cn/p/items/${item}`,
    );
    expect(
      decode((await fetchPublic(api, `/api/public/plans/${api.planId}/qr.png`)).rawPayload),
    ).toBe(`https://ms.example.gov.cn/p/plans/${api.planId}`);
    const svg = await fetchPublic(api, `/api/public/items/${item}/qr.svg`);
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.body).toMatch(/^<svg[^>]+viewBox/);
    await setting(null);
    expect((await fetchPublic(api, '/api/public/items/987654/qr.png')).statusCode).toBe(404);
  });

  it('prints an A4 poster with the task, the targets, the lead unit and the code', async () => {
    const poster = (await fetchPublic(api, `/p/items/${item}/poster`)).body;
    expect(poster).toContain('全市完成农村公路提档升级120公里');
    expect(poster).toContain('市交通运输局');
    expect(poster).toContain('农村公路提档升级 120公里');
    expect(poster).toContain('扫码查看进展、留言评价');
    expect(poster).toContain(`${ORIGIN}/p/items/${item}`);
    const image = /src="data:image\/svg\+xml;base64,([^"]+)"/.exec(poster)?.[1] ?? '';
    expect(Buffer.from(image, 'base64').toString()).toMatch(/^<svg/);
    const css = /href="(\/p\/assets\/poster\.css\?v=[^"]+)"/.exec(poster)?.[1] ?? '';
    expect((await fetchPublic(api, css)).body).toMatch(/@page\s*{\s*size: A4/);
  });

  it('gives the plan document of the public period, with each item linked to its page', async () => {
    const response = await fetchPublic(api, `/api/public/plans/${api.planId}/table.json`);
    const doc = response.json();
    expect(doc.schema).toBe('minsheng.plan/1');
    expect(doc.plan.period.label).toBe('1-6月');
    expect(doc.items).toHaveLength(12);
    const three = doc.items.find((i: { no: string }) => i.no === '3');
    expect(three.id).toBe(item);
    expect(three.indicators[0]).toMatchObject({
      what: '农村公路提档升级',
      target: 120,
      unit: '公里',
    });
    expect((await fetchPublic(api, `/api/public/items/${three.id}`)).statusCode).toBe(200);
  });

  it('gives the summary table as CSV, with the assessment columns when asked', async () => {
    const csv = await fetchPublic(api, `/api/public/plans/${api.planId}/table.csv?assessment=true`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    const rows = parseCsv(csv.rawPayload.toString('utf8').replace(/^\uFEFF/, ''), ',');
    const header = rows.findIndex((r) => r.fields.includes('工作任务'));
    expect(rows[header]?.fields.slice(-3)).toEqual(['完成率', '序时进度', '评估']);
    expect(rows.slice(header + 1).map((r) => r.fields[1])).toEqual(
      Array.from({ length: 12 }, (_, i) => String(i + 1)),
    );
  });

  it('feeds each publication as an Atom entry linking to its item', async () => {
    await setting('https://ms.example.gov.cn');
    const atom = await fetchPublic(api, `/api/public/plans/${api.planId}/feed.atom`);
    expect(atom.headers['content-type']).toContain('application/atom+xml');
    const { feed } = new XMLParser({ ignoreAttributes: false }).parse(atom.body);
    expect(feed.entry).toHaveLength(12);
    const updated = feed.entry.map((e: { updated: string }) => e.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    const third = feed.entry.find((e: { title: string }) => e.title.startsWith('第3项 1-6月进展'));
    expect(third.link['@_href']).toBe(`https://ms.example.gov.cn/p/items/${item}`);
    expect(third.title).toMatch(/：(已完成|按序时推进|滞后|严重滞后|无法评估)$/);
    await setting(null);
  });

  it('states the licence and the date of the last update on the open-data page', async () => {
    let page = (await fetchPublic(api, '/p/open-data')).body;
    expect(page).toContain('CC BY 4.0');
    expect(page).toMatch(/最近更新：\d{4}年\d{1,2}月\d{1,2}日/);
    for (const link of ['table.json', 'table.csv', 'feed.atom'])
      expect(page).toContain(`/api/public/plans/${api.planId}/${link}`);
    const changed = await api.call('sysadmin', 'PATCH', '/api/settings', {
      'public.dataLicence': { name: '开放政府许可', url: 'https://data.example.gov.cn/licence' },
    });
    expect(changed.status).toBe(200);
    page = (await fetchPublic(api, '/p/open-data')).body;
    expect(page).toContain('开放政府许可');
    expect(page).toContain('href="https://data.example.gov.cn/licence"');
  });
});
