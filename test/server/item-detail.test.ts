/**
 * The item page's data: each indicator period by period with the 序时 line and the year-end
 * forecast as core computes them, and the consistency warnings the item's tables raised.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlanDocument, readPlanText } from '../../src/core/read-plan.ts';
import { ENGINES } from '../factories/db.ts';
import { itemId } from './fixtures.ts';
import { type Api, sample, startApi } from './harness.ts';

const docOf = (name: 'jun' | 'sep') =>
  buildPlanDocument(readPlanText(sample(name).toString('utf8')));

describe.each(ENGINES)('item detail on %s', (engine) => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(engine);
  });
  afterAll(async () => {
    await api?.close();
  });
  const detail = async (no: string) =>
    (await api.call('admin', 'GET', `/api/items/${await itemId(api, no)}`)).json();

  it('gives each period the figure, the time line, the status and the forecast core computes', async () => {
    const roads = (await detail('3')).indicators[0];
    const [jun, sep] = [docOf('jun'), docOf('sep')].map((doc) =>
      doc.items.find((i) => i.no === '3')?.indicators.find((x) => x.what === roads.what),
    );
    expect(roads.history.map((h: { label: string }) => h.label)).toEqual(['1-6月', '1-9月']);
    for (const [point, core] of [
      [roads.history[0], jun],
      [roads.history[1], sep],
    ] as const) {
      expect(point.actual).toBe(core?.actual);
      expect(point.completion).toBeCloseTo(core?.completion ?? 0, 6);
      expect(point.expected).toBeCloseTo(core?.expected ?? 0, 6);
      expect(point.status).toBe(core?.status);
      expect(point.forecast).toBeCloseTo(core?.forecast ?? 0, 6);
      expect(point.expectedActual).toBeCloseTo(120 * (core?.expected ?? 0), 6);
    }
  });

  it('gives the list each indicator with its figure, judged as core judges it', async () => {
    const list = (await api.call('admin', 'GET', `/api/plans/${api.planId}/items`)).json();
    const sep = docOf('sep');
    for (const item of list) {
      const core = sep.items.find((i) => i.no === item.no);
      expect(item.figures.map((x: { what: string }) => x.what)).toEqual(
        core?.indicators.map((x) => x.what),
      );
      for (const [i, figure] of item.figures.entries()) {
        const judged = core?.indicators[i];
        expect(figure.actual).toBe(judged?.actual);
        expect(figure.status).toBe(judged?.status);
      }
    }
    const roads = list.find((i: { no: string }) => i.no === '3').figures[0];
    expect(roads).toMatchObject({ actual: 72, target: 120, unit: '公里', status: 'lagging' });
    expect(roads.completion).toBeCloseTo(0.6, 6);
  });

  it('has no time line in figures for a rate', async () => {
    const rate = (await detail('2')).indicators[0];
    expect(rate.unit).toBe('%');
    expect(rate.history.every((h: { expectedActual: null }) => h.expectedActual === null)).toBe(
      true,
    );
  });

  it("lists the warnings the item's tables raised, by period", async () => {
    const warnings = (await detail('12')).warnings;
    expect(warnings.map((w: { code: string }) => w.code)).toEqual(
      expect.arrayContaining(['number_inferred', 'row_continued']),
    );
    expect(warnings[0]).toMatchObject({ periodLabel: '1-6月', message: expect.any(String) });
    expect((await detail('3')).warnings).toEqual([]);
  });
});
