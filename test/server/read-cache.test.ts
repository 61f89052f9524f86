/**
 * The item list and the dashboard are answered from memory while nothing changed: every write —
 * through the API, by a report's workflow, or by another process on the same SQLite file —
 * shows in the very next read, and each caller keeps their own view. Both engines.
 */
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../factories/db.ts';
import { draftBody, itemId, openPeriod } from './fixtures.ts';
import { type Api, startApi } from './harness.ts';

describe.each(ENGINES)('reading the item list and dashboard again on %s', (engine) => {
  let api: Api;
  let item1: number;
  beforeAll(async () => {
    api = await startApi(engine);
    item1 = await itemId(api, '1');
  });
  afterAll(async () => {
    await api?.close();
  });
  const items = async (who: 'admin' | 'leader' | 'health' = 'admin', query = '') =>
    (await api.call(who, 'GET', `/api/plans/${api.planId}/items${query}`)).json() as {
      id: number;
      task: string;
    }[];
  const taskOf = async (who: 'admin' | 'leader' = 'admin') =>
    (await items(who)).find((i) => i.id === item1)?.task;

  it('shows an edit made through the API in the next read', async () => {
    const before = await taskOf();
    expect(await taskOf()).toBe(before);
    const edited = await api.call('admin', 'PATCH', `/api/items/${item1}`, {
      version: 1,
      task: `${before}（已调整）`,
    });
    expect(edited.status).toBe(200);
    expect(await taskOf()).toBe(`${before}（已调整）`);
    expect(await taskOf('leader')).toBe(`${before}（已调整）`);
  });

  it('keeps each caller to their own items under the same address', async () => {
    const all = await items('admin');
    const his = await items('leader');
    const unit = await items('health');
    expect(his.length).toBeLessThan(all.length);
    expect(unit.length).toBeLessThan(all.length);
    expect(await items('admin')).toEqual(all);
    expect(await items('leader')).toEqual(his);
    const filtered = await items('admin', `?q=${encodeURIComponent('卫生院')}`);
    expect(filtered.length).toBeLessThan(all.length);
  });

  it('shows a submitted report in the leader’s dashboard at once', async () => {
    const periodId = await openPeriod(api, '1-10月');
    const dashboard = async () =>
      (await api.call('leader', 'GET', `/api/plans/${api.planId}/dashboard?period=${periodId}`))
        .json()
        .discrepancies.map((d: { no: string }) => d.no);
    expect(await dashboard()).toEqual([]);
    const created = (
      await api.call('health', 'POST', '/api/reports', {
        itemId: item1,
        periodId,
        ...draftBody(''),
      })
    ).json();
    expect(await dashboard()).toEqual([]);
    await api.call('health', 'POST', `/api/reports/${created.id}/submit`, {
      version: created.version,
    });
    expect(await dashboard()).toEqual(['1']);
  });

  it.runIf(engine === 'sqlite')(
    'shows a change another process committed to the same file',
    async () => {
      const before = await taskOf();
      const other = new SQLite(api.t.url);
      try {
        other.prepare('update items set task = ? where id = ?').run('另一进程改写的任务', item1);
      } finally {
        other.close();
      }
      expect(await taskOf()).toBe('另一进程改写的任务');
      expect(before).not.toBe('另一进程改写的任务');
    },
  );
});
