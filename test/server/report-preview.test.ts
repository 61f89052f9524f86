/**
 * A unit writes its report: the form proposes a figure per indicator read from the points, the
 * unit corrects one, and a report whose figures contradict its label cannot be submitted
 * without an explanation, which the reviewer then reads. Both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, ENGINES } from '../factories/db.ts';
import { itemId, openPeriod } from './fixtures.ts';
import { type Api, startApi } from './harness.ts';

describe.each(ENGINES)('report preview and explanation on %s', (engine) => {
  let api: Api;
  let periodId: number;
  let item1: number;
  beforeAll(async () => {
    api = await startApi(engine);
    periodId = await openPeriod(api, '1-10月');
    item1 = await itemId(api, '1');
  });
  afterAll(async () => {
    await api?.close();
  });
  // Item 1: 8 clinics, 36,000 check-ups, 40 doctor teams; 1-10月 is 305/366 of the year.
  const lagging = {
    statusLabel: '按进度完成',
    points: [
      '已完成5家乡镇卫生院标准化改造。',
      '截至10月底，全市为65岁以上老年人免费体检3.1万人次。',
      '新增家庭医生签约服务团队36个。',
    ],
  };
  const preview = (who: 'health' | 'civil' | 'public' | 'admin', body: object) =>
    api.call(who, 'POST', '/api/reports/preview', { itemId: item1, periodId, ...body });

  it('proposes the figure each point states, and keeps nothing', async () => {
    const before = await countRows(api.t);
    const response = await preview('health', lagging);
    expect(response.status).toBe(200);
    const p = response.json();
    expect(
      p.indicators.map((x: { what: string; proposed: number | null }) => [x.what, x.proposed]),
    ).toEqual([
      ['乡镇卫生院标准化改造', 5],
      ['65岁以上老年人免费体检', 31000],
      ['新增家庭医生签约服务团队', 36],
    ]);
    expect(p.indicators[0]).toMatchObject({ target: 8, unit: '家', actual: 5, completion: 0.625 });
    expect(p.indicators[0].expected).toBeCloseTo(305 / 366, 6);
    expect(p.assessment).toMatchObject({
      status: 'lagging',
      decidedBy: '乡镇卫生院标准化改造',
    });
    expect(p.statusClaim).toBe('on_schedule');
    expect(p.discrepancy.message).toContain('序时进度');
    // The submission checks, as the reviewer will see them: the unexplained gap between label
    // and figures blocks, and 5 after last period's 8 (1-9月) warns.
    expect(p.checks).toEqual([
      expect.objectContaining({ code: 'behind_but_on_schedule', severity: 'error' }),
      expect.objectContaining({ code: 'cumulative_decreased', severity: 'warning' }),
    ]);
    expect(await countRows(api.t)).toEqual(before);
  });

  it("uses the unit's own figure over the one read, and drops the check once explained", async () => {
    const indicators = (await preview('health', lagging)).json().indicators;
    const p = (
      await preview('health', {
        ...lagging,
        actuals: [{ indicatorId: indicators[0].indicatorId, actual: 8 }],
        explanation: '第6至8家已完工，本月验收。',
      })
    ).json();
    expect(p.indicators[0]).toMatchObject({ proposed: 5, actual: 8, status: 'completed' });
    expect(p.assessment.status).toBe('on_track');
    expect(p.discrepancy).toBeNull();
    expect(p.checks).toEqual([]);
  });

  it('refuses another unit and the public', async () => {
    expect((await preview('civil', lagging)).status).toBe(403);
    expect((await preview('public', lagging)).status).toBe(401);
    const wrong = await api.call('health', 'POST', '/api/reports/preview', {
      itemId: item1,
      periodId: 9999,
      ...lagging,
    });
    expect(wrong.status).toBe(404);
  });

  it('refuses to submit a contradicted label without an explanation, then shows the reviewer why', async () => {
    const created = (
      await api.call('health', 'POST', '/api/reports', { itemId: item1, periodId, ...lagging })
    ).json();
    expect(created.discrepancy).not.toBeNull();
    const refused = await api.call('health', 'POST', `/api/reports/${created.id}/submit`, {
      version: 1,
    });
    expect(refused.status).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'explanation_required',
      message: expect.stringContaining('情况说明'),
      messageEn: expect.stringContaining('explanation'),
    });
    expect((await api.call('health', 'GET', `/api/reports/${created.id}`)).json().state).toBe(
      'draft',
    );
    const explanation = '第6至8家已完工，本月验收。';
    const saved = await api.call('health', 'PUT', `/api/reports/${created.id}`, {
      version: 1,
      ...lagging,
      explanation,
    });
    expect(saved.json()).toMatchObject({ version: 2, explanation });
    const submitted = await api.call('health', 'POST', `/api/reports/${created.id}/submit`, {
      version: 2,
    });
    expect(submitted.json().state).toBe('submitted');
    const queue = (await api.call('admin', 'GET', '/api/review-queue')).json();
    expect(queue.find((e: { reportId: number }) => e.reportId === created.id)).toMatchObject({
      explanation,
      statusLabel: '按进度完成',
      discrepancy: { message: expect.stringContaining('乡镇卫生院标准化改造') },
    });
  });

  it('submits a report whose figures agree with its label without any explanation', async () => {
    const created = (
      await api.call('health', 'POST', '/api/reports', {
        itemId: await itemId(api, '2'),
        periodId,
        statusLabel: '按进度完成',
        points: ['检查检验结果互认率达到96%，预约诊疗率达到85%。'],
      })
    ).json();
    expect(created.discrepancy).toBeNull();
    const submitted = await api.call('health', 'POST', `/api/reports/${created.id}/submit`, {
      version: 1,
    });
    expect(submitted.status).toBe(200);
  });
});
