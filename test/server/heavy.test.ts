/**
 * Heavy work does not starve the rest: while a 20,000-row table is imported and eight large
 * tables are rendered, a signed-in user's light request still answers and another connection
 * can still write to the database (the import does not hold SQLite's write lock while it reads
 * and judges). How fast it answers is the bench's business (bench/heavy.ts), not this test's.
 * Also: the download limits, and the document cache following the data.
 */
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTable } from '../../bench/generate-table.ts';
import { readPlanText } from '../../src/core/read-plan.ts';
import { SYSTEM } from '../../src/server/policies/actor.ts';
import { importReading } from '../../src/server/services/import.service.ts';
import { multipart } from './fixtures.ts';
import { type Api, startApi } from './harness.ts';

const FORMATS = ['docx', 'xlsx', 'csv', 'html'] as const;

describe('heavy work on SQLite', () => {
  let api: Api;
  let bigPlan: number;
  beforeAll(async () => {
    api = await startApi('sqlite', { downloadRateLimit: { user: 1000, public: 3 } });
    const reading = readPlanText(generateTable(2_000, 7));
    const summary = await importReading(api.t.db, reading, { actor: SYSTEM, state: 'published' });
    bigPlan = summary.plan.id ?? 0;
  }, 240_000);
  afterAll(async () => {
    await api?.close();
  });

  it('keeps answering and writing during a 20,000-row import and 8 large downloads', async () => {
    const other = new SQLite(api.t.url);
    other.pragma('busy_timeout = 60000');
    other.exec('CREATE TABLE probe (at TEXT NOT NULL)');
    // Another year's plan (the title names the year), so it is a new plan, not a second import.
    const table = generateTable(20_000, 11).replace('2020年', '2019年');
    const upload = multipart(Buffer.from(table));
    let busy = true;
    const importing = api.app
      .inject({
        method: 'POST',
        url: '/api/imports',
        payload: upload.payload,
        headers: {
          ...upload.headers,
          cookie: api.sessions.admin.cookie,
          'x-csrf-token': api.sessions.admin.csrf,
        },
      })
      .finally(() => {
        busy = false;
      });
    const downloads = FORMATS.flatMap((format) =>
      ['true', 'false'].map((assessment) =>
        api.app.inject({
          method: 'GET',
          url: `/api/plans/${bigPlan}/table.${format}?assessment=${assessment}`,
          headers: { cookie: api.sessions.admin.cookie },
        }),
      ),
    );
    const answered: number[] = [];
    let written = 0;
    while (busy) {
      answered.push((await api.call('admin', 'GET', '/api/auth/me')).status);
      other.prepare('INSERT INTO probe (at) VALUES (?)').run(new Date().toISOString());
      written++;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const imported = await importing;
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json().items.created).toBeGreaterThan(19_000);
    for (const download of await Promise.all(downloads)) expect(download.statusCode).toBe(200);
    // Answers came while the import ran, and every one was a real answer.
    expect(answered.length).toBeGreaterThan(3);
    expect(new Set(answered)).toEqual(new Set([200]));
    expect(written).toBe(answered.length);
    expect(other.prepare('SELECT count(*) AS n FROM probe').get()).toEqual({ n: written });
    other.close();
  }, 600_000);

  it('limits downloads per anonymous client, not per signed-in user', async () => {
    const url = `/api/public/plans/${api.planId}/table.csv`;
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        (await api.app.inject({ method: 'GET', url, remoteAddress: '10.9.8.7' })).statusCode,
      );
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await api.app.inject({ method: 'GET', url, remoteAddress: '10.9.8.7' });
    expect(refused.json().error.code).toBe('rate_limited');
    expect(
      (await api.app.inject({ method: 'GET', url, remoteAddress: '10.9.8.6' })).statusCode,
    ).toBe(200);
    const office = `/api/plans/${api.planId}/table.csv`;
    for (let i = 0; i < 5; i++) expect((await api.call('admin', 'GET', office)).status).toBe(200);
  });

  it('serves the cached public table until the office publishes a period, then the new one', async () => {
    const periods = (await api.call('admin', 'GET', `/api/plans/${api.planId}/periods`)).json();
    const sep = periods.find((p: { label: string }) => p.label === '1-9月');
    const url = `/api/public/plans/${api.planId}/table.csv`;
    const publicText = async () =>
      (await api.app.inject({ method: 'GET', url, remoteAddress: '10.1.1.1' })).body;
    const before = await publicText();
    expect(await publicText()).toBe(before);
    const published = await api.call('admin', 'POST', `/api/periods/${sep.id}/publish`, {
      version: sep.version,
    });
    expect(published.status).toBe(200);
    const after = await publicText();
    expect(after).not.toBe(before);
    expect(after).toContain('1-9月');
  });
});
