/**
 * Target changes on both engines: the lead unit asks with a reason and a document reference, the
 * office approves; the original target stays as planned, the assessment says it used the
 * approved one, and the ledger shows on the item, in the exported table and to the public.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../factories/db.ts';
import { itemId, openPeriod, reportId } from './fixtures.ts';
import { type Api, startApi } from './harness.ts';

describe.each(ENGINES)('target changes on %s', (engine) => {
  let api: Api;
  let item1: number;
  let indicator: number;
  let periodId: number;
  const ledger = async (who: Parameters<Api['call']>[0]) =>
    (await api.call(who, 'GET', `/api/items/${item1}/target-changes`)).json();

  beforeAll(async () => {
    api = await startApi(engine);
    periodId = await openPeriod(api, '1-10月', '2099-11-10', true);
    item1 = await itemId(api, '1');
    indicator = (await api.call('admin', 'GET', `/api/items/${item1}`)).json().indicators[0].id;
  });
  afterAll(async () => {
    await api?.close();
  });

  const request = {
    kind: 'target',
    indicatorId: 0,
    target: 10,
    reason: '新增两家中心卫生院纳入改造范围',
    documentRef: '示府办函〔2024〕35号',
  };

  it('is asked for by the lead unit only, with a reason and a document reference', async () => {
    const body = { ...request, indicatorId: indicator };
    expect(
      (await api.call('civil', 'POST', `/api/items/${item1}/target-changes`, body)).status,
    ).toBe(403);
    expect(
      (await api.call('public', 'POST', `/api/items/${item1}/target-changes`, body)).status,
    ).toBe(401);
    const noReason = await api.call('health', 'POST', `/api/items/${item1}/target-changes`, {
      ...body,
      reason: '',
    });
    expect(noReason.status).toBe(400);
    const asked = await api.call('health', 'POST', `/api/items/${item1}/target-changes`, body);
    expect(asked.status).toBe(201);
    expect(asked.json()).toMatchObject({
      state: 'requested',
      from: { target: 8, targetText: '8家' },
      to: { target: 10, targetText: '10家' },
      requestedBy: 'health',
    });
    // Nothing public until approved.
    expect(await ledger('public')).toEqual({ changes: [], public: [] });
  });

  it('once approved, leaves the planned target alone and judges the open report against the new one', async () => {
    const [change] = (await ledger('admin')).changes;
    const stale = await api.call('admin', 'POST', `/api/target-changes/${change.id}/approve`, {
      version: 9,
    });
    expect(stale.status).toBe(409);
    const approved = await api.call('admin', 'POST', `/api/target-changes/${change.id}/approve`, {
      version: 1,
    });
    expect(approved.json()).toMatchObject({ state: 'approved', decidedBy: 'admin' });
    expect(
      (await api.call('admin', 'POST', `/api/target-changes/${change.id}/reject`, { version: 2 }))
        .status,
    ).toBe(409);

    const item = (await api.call('admin', 'GET', `/api/items/${item1}`)).json();
    expect(item.indicators[0]).toMatchObject({ target: 8, targetText: '8家' });
    const report = (
      await api.call('health', 'GET', `/api/reports/${await reportId(api, '1', '1-10月')}`)
    ).json();
    expect(report.assessment.basis).toEqual([change.id]);
    // The 1-9月 report, judged before the change, keeps the plan's baseline.
    const earlier = (
      await api.call('admin', 'GET', `/api/reports/${await reportId(api, '1', '1-9月')}`)
    ).json();
    expect(earlier.assessment.basis).toEqual([]);
    const exported = (
      await api.call('admin', 'GET', `/api/plans/${api.planId}/export.json?period=${periodId}`)
    ).json();
    const doc = exported.items.find((i: { no: string }) => i.no === '1');
    expect(doc.indicators[0]).toMatchObject({ target: 10, actual: 8, completion: 0.8 });
    expect(doc.targetChanges).toEqual([
      expect.objectContaining({
        no: '1',
        kind: 'target',
        from: '8家',
        to: '10家',
        documentRef: '示府办函〔2024〕35号',
      }),
    ]);
  });

  it('prints the change as a note under the exported table', async () => {
    const response = await api.app.inject({
      method: 'GET',
      url: `/api/plans/${api.planId}/table.html?period=${periodId}`,
      headers: { cookie: api.sessions.admin.cookie },
    });
    expect(response.body).toContain('注：以下事项的目标经批准调整');
    expect(response.body).toMatch(
      /第1项“[^”]+”目标由8家调整为10家（新增两家中心卫生院纳入改造范围；依据：示府办函〔2024〕35号，\d{4}-\d{2}-\d{2}批准）。/,
    );
  });

  it('shows the public the approved change without who asked or decided', async () => {
    const { changes, public: published } = await ledger('public');
    expect(changes).toEqual([]);
    expect(published).toEqual([
      {
        kind: 'target',
        indicatorId: indicator,
        from: { target: 8, targetText: '8家' },
        to: { target: 10, targetText: '10家' },
        reason: '新增两家中心卫生院纳入改造范围',
        documentRef: '示府办函〔2024〕35号',
        approvedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    ]);
  });

  it('audits the request, the decision and the reassessment', async () => {
    const [change] = (await ledger('admin')).changes;
    const events = (
      await api.call('admin', 'GET', `/api/audit-events?entity=target_change&entityId=${change.id}`)
    ).json();
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'target_change.approve',
      'target_change.request',
    ]);
    expect(events[0].before.state).toBe('requested');
    const report = await reportId(api, '1', '1-10月');
    const reassessed = (
      await api.call('admin', 'GET', `/api/audit-events?entity=report&entityId=${report}`)
    ).json();
    expect(reassessed[0]).toMatchObject({ action: 'report.reassess' });
    expect(reassessed[0].before.assessment.basis).toEqual([]);
    expect(reassessed[0].after.assessment.basis).toEqual([change.id]);
  });
});
