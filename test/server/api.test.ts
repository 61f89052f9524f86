/** The API on both engines: reads, filters, search, history, dashboard, export, workflow, 409s. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlanDocument, readPlanText } from '../../src/core/read-plan.ts';
import { ENGINES } from '../factories/db.ts';
import { draftBody, itemId, openPeriod, reportId } from './fixtures.ts';
import { type Api, sample, startApi } from './harness.ts';

/** What core says of the 1-9月 table: the expectations the stored aggregates must match. */
const sepDoc = buildPlanDocument(readPlanText(sample('sep').toString('utf8')));
const nosWhere = (keep: (item: (typeof sepDoc.items)[number]) => boolean) =>
  sepDoc.items.filter(keep).map((i) => i.no);
const countsOf = (statuses: string[]) => {
  const counts: Record<string, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
};

describe.each(ENGINES)('API on %s', (engine) => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(engine);
  });
  afterAll(async () => {
    await api?.close();
  });
  const get = (url: string, who: Parameters<Api['call']>[0] = 'admin') => api.call(who, 'GET', url);

  it('lists the plan, its categories and both periods', async () => {
    expect((await get('/api/plans')).json()).toEqual([
      {
        id: api.planId,
        title: '示例市2024年十件民生实事',
        year: 2024,
        jurisdiction: '示例市',
        declaredItemCount: 12,
        version: 1,
      },
    ]);
    expect((await get(`/api/plans/${api.planId}/categories`)).json()).toHaveLength(7);
    const periods = (await get(`/api/plans/${api.planId}/periods`)).json();
    expect(periods.map((p: { label: string }) => p.label)).toEqual(['1-9月', '1-6月']);
  });

  it('filters items by category, leader, unit, claim and assessment', async () => {
    const base = `/api/plans/${api.planId}/items`;
    const nos = async (query: string) =>
      (await get(`${base}?${query}`)).json().map((i: { no: string }) => i.no);
    const all = (await get(base)).json();
    expect(all).toHaveLength(12);
    expect(await nos(`category=${all[0].category.id}`)).toEqual(['1', '2']);
    expect(await nos(`leader=${all[0].leaders[0].id}`)).toEqual(['1', '2', '9', '11', '12']);
    const civil = all[5].responsibilities[0].unitId; // 市民政局 leads item 6
    expect(await nos(`unit=${civil}`)).toEqual(['5', '6', '7']);
    expect(await nos('assessment=lagging')).toEqual(
      nosWhere((i) => i.assessment.status === 'lagging'),
    );
    expect(await nos('status=lagging')).toEqual(
      nosWhere((i) => i.report?.statusClaim === 'lagging'),
    );
  });

  it('searches Chinese text in task and progress, short queries included', async () => {
    const nos = async (q: string) =>
      (await get(`/api/plans/${api.planId}/items?q=${encodeURIComponent(q)}`))
        .json()
        .map((i: { no: string }) => i.no);
    expect(await nos('危桥')).toEqual(['3']);
    expect(await nos('改造')).toContain('1');
    expect(await nos('乡镇卫生院标准化')).toEqual(['1']);
    // LIKE wildcards are escaped: "%" finds the items that print a percentage, "_" none.
    expect(await nos('%')).toEqual(['2', '4', '6', '8']);
    expect(await nos('_')).toEqual([]);
  });

  it('shows an indicator history across the two periods', async () => {
    const detail = (await get(`/api/items/${await itemId(api, '1')}`)).json();
    const history = detail.indicators[0].history;
    expect(history.map((h: { label: string }) => h.label)).toEqual(['1-6月', '1-9月']);
    expect(history[0].actual).toBe(5);
    expect(detail.reports).toHaveLength(2);
    // The public reads the published versions only (1-9月 is approved, not published).
    const publicDetail = (
      await get(`/api/public/items/${await itemId(api, '1')}`, 'public')
    ).json();
    expect(publicDetail.history.map((v: { period: { label: string } }) => v.period.label)).toEqual([
      '1-6月',
    ]);
  });

  it('exports the plan document exactly as `minsheng check --json` builds it', async () => {
    const periods = (await get(`/api/plans/${api.planId}/periods`)).json();
    const fromDb = (
      await get(`/api/plans/${api.planId}/export.json?period=${periods[0].id}`)
    ).json();
    expect(fromDb).toEqual(sepDoc);
    // The public is sent to the open data, which shows the last published period instead.
    const anonymous = await get(`/api/plans/${api.planId}/export.json`, 'public');
    expect(anonymous.status).toBe(303);
    expect(
      (await get(`/api/public/plans/${api.planId}/table.json`, 'public')).json().plan.period.label,
    ).toBe('1-6月');
  });

  it('aggregates the dashboard and lists discrepancies', async () => {
    const d = (await get(`/api/plans/${api.planId}/dashboard`)).json();
    expect(d.period.label).toBe('1-9月');
    expect(d.items).toBe(12);
    expect(d.byAssessment).toEqual(countsOf(sepDoc.items.map((i) => i.assessment.status)));
    expect(d.discrepancies.map((x: { no: string }) => x.no)).toEqual(
      nosWhere((i) => i.discrepancy !== null),
    );
    expect(d.discrepancies.length).toBeGreaterThan(0);
    expect(d.discrepancies[0].message).toContain('序时进度');
    const leader = d.byLeader.find((l: { name: string }) => l.name === '陈明远');
    expect(Object.values(leader.counts).reduce((a: number, b) => a + (b as number), 0)).toBe(5);
  });

  it('reports errors as {error:{code,message,messageEn}} with the right status', async () => {
    const missing = await get('/api/plans/9999');
    expect(missing.status).toBe(404);
    expect(missing.json()).toEqual({
      error: { code: 'not_found', message: '未找到', messageEn: 'Not found' },
    });
    const bad = await get('/api/plans/abc');
    expect(bad.status).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    expect((await get('/api/nowhere')).status).toBe(404);
  });

  it('runs the workflow draft → submit → return → submit → approve → publish, all audited', async () => {
    const periodId = await openPeriod(api);
    const item = await itemId(api, '1');
    const created = await api.call('health', 'POST', '/api/reports', {
      itemId: item,
      periodId,
      ...draftBody(''),
    });
    expect(created.status).toBe(201);
    const r = created.json();
    expect(r).toMatchObject({
      state: 'draft',
      version: 1,
      statusClaim: 'on_schedule',
      points: [expect.any(String), expect.any(String)],
    });
    expect(r.actuals.find((a: { actual: number }) => a.actual === 6)).toBeTruthy();
    const step = async (
      who: 'health' | 'admin',
      action: string,
      version: number,
      reason?: string,
    ) =>
      api.call(who, 'POST', `/api/reports/${r.id}/${action}`, {
        version,
        ...(reason ? { reason } : {}),
      });
    expect((await step('health', 'submit', 1)).json().state).toBe('submitted');
    expect((await step('admin', 'return', 2)).status).toBe(400); // a return needs a reason
    const returned = (await step('admin', 'return', 2, '请补充体检数据')).json();
    expect(returned).toMatchObject({ state: 'returned', returnReason: '请补充体检数据' });
    const saved = await api.call('health', 'PUT', `/api/reports/${r.id}`, {
      version: 3,
      ...draftBody('补充。'),
    });
    expect(saved.json()).toMatchObject({ state: 'draft', version: 4 });
    expect((await step('health', 'submit', 4)).json().state).toBe('submitted');
    expect((await step('health', 'approve', 5)).status).toBe(403);
    expect((await step('admin', 'publish', 5)).status).toBe(409); // not approved yet
    expect((await step('admin', 'approve', 5)).json().state).toBe('approved');
    expect((await step('admin', 'publish', 6)).json()).toMatchObject({
      state: 'published',
      version: 7,
    });
    // Published, but its period (1-10月) is not yet published as a whole: not public yet.
    expect((await api.call('public', 'GET', `/api/public/reports/${r.id}`)).status).toBe(404);

    const audit = (await get(`/api/audit-events?entity=report&entityId=${r.id}`)).json();
    expect(audit.map((e: { action: string }) => e.action)).toEqual([
      'report.publish',
      'report.approve',
      'report.submit',
      'report.save',
      'report.return',
      'report.submit',
      'report.create',
    ]);
    const save = audit.find((e: { action: string }) => e.action === 'report.save');
    expect(save.before.state).toBe('returned');
    expect(save.after.points[0]).toContain('补充');
    expect(save.actor).toBe('health');
  });

  it('refuses a report draft on a closed period', async () => {
    const periods = (await get(`/api/plans/${api.planId}/periods`)).json();
    const closed = periods.find((p: { label: string }) => p.label === '1-9月');
    const response = await api.call('health', 'POST', '/api/reports', {
      itemId: await itemId(api, '2'),
      periodId: closed.id,
      ...draftBody(''),
    });
    expect(response.status).toBe(409);
    expect(response.json().error.code).toBe('period_closed');
  });

  it('two clients saving the same report from the same version: one wins, one gets 409, nothing lost', async () => {
    const periodId = await openPeriod(api, '1-11月');
    const created = (
      await api.call('health', 'POST', '/api/reports', {
        itemId: await itemId(api, '2'),
        periodId,
        ...draftBody(''),
      })
    ).json();
    const [a, b] = await Promise.all([
      api.call('health', 'PUT', `/api/reports/${created.id}`, { version: 1, ...draftBody('甲') }),
      api.call('admin', 'PUT', `/api/reports/${created.id}`, { version: 1, ...draftBody('乙') }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
    expect(loser.json().error.code).toBe('version_conflict');
    expect(loser.json().error.details.current).toEqual(winner.json());
    const stored = (await api.call('admin', 'GET', `/api/reports/${created.id}`)).json();
    expect(stored).toEqual(winner.json());
    expect(stored.version).toBe(2);
    const versions = await api.t.db
      .selectFrom('report_versions')
      .select('version')
      .where('report_id', '=', created.id)
      .execute();
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
    // The loser retries from the current version and is applied on top.
    const retry = await api.call(
      loser === a ? 'health' : 'admin',
      'PUT',
      `/api/reports/${created.id}`,
      { version: 2, ...draftBody('丙') },
    );
    expect(retry.json().version).toBe(3);
  });

  it('refuses a stale item edit with 409 and the current item', async () => {
    const id = await itemId(api, '4');
    const first = await api.call('admin', 'PATCH', `/api/items/${id}`, {
      version: 1,
      deadline: '2024-11-30',
    });
    expect(first.json()).toMatchObject({ version: 2, deadline: '2024-11-30' });
    const stale = await api.call('admin', 'PATCH', `/api/items/${id}`, {
      version: 1,
      deadline: '2024-10-31',
    });
    expect(stale.status).toBe(409);
    expect(stale.json().error.details.current.deadline).toBe('2024-11-30');
  });

  it('lists overdue reports of open periods past their due date', async () => {
    await openPeriod(api, '1-12月', '2020-01-10');
    const d = (await get(`/api/plans/${api.planId}/dashboard`)).json();
    expect(d.overdue.filter((o: { label: string }) => o.label === '1-12月')).toHaveLength(12);
  });

  it('keeps the published report of an earlier period readable by everyone', async () => {
    const id = await reportId(api, '6', '1-6月');
    expect((await api.call('public', 'GET', `/api/public/reports/${id}`)).status).toBe(200);
  });
});
