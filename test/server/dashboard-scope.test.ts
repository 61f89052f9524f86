/**
 * The README's rule for leaders, held in the dashboard as in the item list: a leader sees the
 * items they supervise — counted, judged and chased — and nothing of the rest of the plan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../factories/db.ts';
import { type Api, startApi } from './harness.ts';

describe.each(ENGINES)('a leader dashboard on %s', (engine) => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(engine);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('counts only the items the leader supervises, as their item list shows them', async () => {
    const base = `/api/plans/${api.planId}`;
    const mine = (await api.call('leader', 'GET', `${base}/items`)).json();
    const nos = mine.map((i: { no: string }) => i.no);
    expect(nos).toEqual(['1', '2', '9', '11', '12']);
    const leader = (await api.call('leader', 'GET', `${base}/dashboard`)).json();
    const office = (await api.call('admin', 'GET', `${base}/dashboard`)).json();
    expect(office.items).toBe(12);
    expect(leader.items).toBe(mine.length);
    const total = (counts: Record<string, number>) =>
      Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total(leader.byAssessment) + leader.unreported).toBe(mine.length);
    const assessed = (items: { report: { assessment: string } | null }[]) => {
      const counts: Record<string, number> = {};
      for (const item of items)
        if (item.report) counts[item.report.assessment] = (counts[item.report.assessment] ?? 0) + 1;
      return counts;
    };
    expect(leader.byAssessment).toEqual(assessed(mine));
    const mineIds = new Set(mine.map((i: { id: number }) => i.id));
    for (const d of leader.discrepancies) expect(mineIds.has(d.itemId)).toBe(true);
    expect(leader.discrepancies.length).toBeLessThan(office.discrepancies.length);
    const categoryIds = new Set(mine.map((i: { category: { id: number } }) => i.category.id));
    for (const c of leader.byCategory) expect(categoryIds.has(c.id)).toBe(true);
  });
});
