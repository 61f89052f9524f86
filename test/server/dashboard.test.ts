/** The cockpit's figures from the API, on both engines: what core says of the sample plan. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusChange } from '../../src/core/assess/status-change.ts';
import { buildPlanDocument, readPlanText } from '../../src/core/read-plan.ts';
import { ENGINES } from '../factories/db.ts';
import { draftBody, itemId, openPeriod } from './fixtures.ts';
import { type Api, sample, startApi } from './harness.ts';

const docOf = (name: 'jun' | 'sep') =>
  buildPlanDocument(readPlanText(sample(name).toString('utf8')));
const [jun, sep] = [docOf('jun'), docOf('sep')];

describe.each(ENGINES)('dashboard on %s', (engine) => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(engine);
  });
  afterAll(async () => {
    await api?.close();
  });
  const dashboard = async (query = '') =>
    (await api.call('admin', 'GET', `/api/plans/${api.planId}/dashboard${query}`)).json();

  it('names each discrepancy with the figures of the indicator that decided it', async () => {
    const d = await dashboard();
    const expected = sep.items.filter((i) => i.discrepancy !== null);
    expect(d.discrepancies.map((x: { no: string }) => x.no)).toEqual(expected.map((i) => i.no));
    for (const item of expected) {
      const shown = d.discrepancies.find((x: { no: string }) => x.no === item.no);
      const deciding = item.indicators.find((x) => x.what === item.assessment.decidedBy);
      expect(shown).toMatchObject({
        task: item.task,
        leadUnit: item.leadUnit,
        statusLabel: item.report?.statusLabel,
        status: item.assessment.status,
        decidedBy: {
          what: deciding?.what,
          actual: deciding?.actual,
          target: deciding?.target,
          unit: deciding?.unit,
        },
      });
      expect(shown.decidedBy.completion).toBeCloseTo(item.assessment.progress ?? 0, 6);
      expect(shown.decidedBy.expected).toBeCloseTo(item.assessment.expected, 6);
    }
    // The sample's roads: 72 of 120 km with three quarters of the year gone.
    expect(d.discrepancies.find((x: { no: string }) => x.no === '3').decidedBy).toMatchObject({
      actual: 72,
      target: 120,
      unit: '公里',
    });
  });

  it('gives each category its mean completion (capped at 100%) against the time line', async () => {
    const d = await dashboard();
    expect(
      d.byCategory.filter((c: { progress: number | null }) => c.progress !== null),
    ).toHaveLength(7);
    for (const category of d.byCategory) {
      const items = sep.items.filter(
        (i) => i.categoryOrdinal === category.ordinal && i.category === category.title,
      );
      const measured = items.filter((i) => i.assessment.progress !== null);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      if (measured.length === 0) {
        expect(category.progress).toBeNull();
        continue;
      }
      expect(category.progress).toBeCloseTo(
        mean(measured.map((i) => Math.min(1, i.assessment.progress ?? 0))),
        6,
      );
      expect(category.expected).toBeCloseTo(mean(measured.map((i) => i.assessment.expected)), 6);
    }
  });

  it('says what changed since the previous period, as core judges the two periods', async () => {
    const d = await dashboard();
    expect(d.previousPeriod.label).toBe('1-6月');
    const before = new Map(jun.items.map((i) => [i.no, i.assessment.status]));
    const expected = sep.items
      .map((i) => ({
        no: i.no,
        change: statusChange(before.get(i.no) ?? null, i.assessment.status),
      }))
      .filter((x) => x.change !== 'same');
    expect(
      d.changes.map((c: { no: string; change: string }) => ({ no: c.no, change: c.change })),
    ).toEqual(expected);
    expect(d.changes.length).toBeGreaterThan(0);
    for (const change of d.changes) {
      expect(change.from).toBe(before.get(change.no) ?? null);
    }
  });

  it('shows the latest period with reports by default, as the default-period call says', async () => {
    const url = `/api/plans/${api.planId}/default-period`;
    const { periodId } = (await api.call('admin', 'GET', url)).json();
    const { period } = await dashboard();
    expect(period).toMatchObject({ id: periodId, label: '1-9月', end: '2024-09-30' });
    expect(period.expected).toBeCloseTo(274 / 366, 10);
    expect((await api.call('admin', 'GET', '/api/plans/9999/default-period')).status).toBe(404);
  });

  it('lists the items without a report, and has no previous period for the first one', async () => {
    expect((await dashboard()).missing).toEqual([]);
    const periodId = await openPeriod(api, '1-10月');
    const d = await dashboard(`?period=${periodId}`);
    expect(d.missing.map((m: { no: string }) => m.no)).toEqual(sep.items.map((i) => i.no));
    expect(d.missing[0]).toMatchObject({ task: sep.items[0]?.task, leadUnit: '市卫生健康局' });
    expect(d.unreported).toBe(12);
    expect(d.previousPeriod.label).toBe('1-9月');
    expect(d.changes).toEqual([]);
    const periods = (await api.call('admin', 'GET', `/api/plans/${api.planId}/periods`)).json();
    const first = periods.find((p: { label: string }) => p.label === '1-6月');
    const early = await dashboard(`?period=${first.id}`);
    expect(early.previousPeriod).toBeNull();
    expect(early.changes).toEqual([]);
  });

  it('shows a leader the discrepancies of his own items once submitted, never a draft', async () => {
    // The period 1-10月 the test before opened, with no report in it yet.
    const periods = (await api.call('admin', 'GET', `/api/plans/${api.planId}/periods`)).json();
    const periodId = periods.find((p: { label: string }) => p.label === '1-10月').id;
    const leaderView = async () =>
      (await api.call('leader', 'GET', `/api/plans/${api.planId}/dashboard?period=${periodId}`))
        .json()
        .discrepancies.map((x: { no: string }) => x.no);
    const item1 = await itemId(api, '1');
    const created = (
      await api.call('health', 'POST', '/api/reports', {
        itemId: item1,
        periodId,
        ...draftBody(''),
      })
    ).json();
    expect(created.discrepancy).not.toBeNull();
    expect(await leaderView()).toEqual([]);
    const submitted = await api.call('health', 'POST', `/api/reports/${created.id}/submit`, {
      version: created.version,
    });
    expect(submitted.status).toBe(200);
    expect(await leaderView()).toEqual(['1']);
    // Items 3 and 6 lag too, but they are another leader's: his cockpit does not list them.
    const office = await dashboard(`?period=${periodId}`);
    expect(office.discrepancies.map((x: { no: string }) => x.no)).toEqual(['1']);
    expect((await api.call('health', 'GET', `/api/plans/${api.planId}/dashboard`)).status).toBe(
      403,
    );
  });
});
