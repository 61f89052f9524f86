/**
 * The office corrects an item's people and indicators: people by id only (an unknown one is
 * refused, nothing created), a corrected target judges every report again, a stale version gets
 * 409, and the change is audited with before and after. Both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, ENGINES } from '../factories/db.ts';
import { itemId } from './fixtures.ts';
import { type Api, startApi } from './harness.ts';

describe.each(ENGINES)('editing an item on %s', (engine) => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(engine);
  });
  afterAll(async () => {
    await api?.close();
  });
  const detail = async (id: number) => (await api.call('admin', 'GET', `/api/items/${id}`)).json();
  const directory = async () => ({
    units: (await api.call('admin', 'GET', '/api/units')).json(),
    leaders: (await api.call('admin', 'GET', '/api/leaders')).json(),
  });
  const named = (rows: { name: string; id: number }[], name: string) =>
    rows.find((r) => r.name === name)?.id ?? -1;

  it('sets the lead unit, leaders and responsible units with their people', async () => {
    const id = await itemId(api, '4');
    const item = await detail(id);
    const { units, leaders } = await directory();
    const civil = units.find((u: { name: string }) => u.name === '市民政局');
    const response = await api.call('admin', 'PUT', `/api/items/${id}/people`, {
      version: item.version,
      leadUnitId: civil.id,
      leaderIds: [named(leaders, '周建国'), named(leaders, '刘慧芳')],
      responsibilities: [
        { unitId: civil.id, personId: civil.people[0].id },
        { unitId: named(units, '市财政局'), personId: null },
      ],
    });
    expect(response.status).toBe(200);
    const after = response.json();
    expect(after.leadUnit).toBe('市民政局');
    expect(after.leaders.map((l: { name: string }) => l.name)).toEqual(['周建国', '刘慧芳']);
    expect(after.responsibilities).toEqual([
      { unitId: civil.id, unit: '市民政局', person: civil.people[0].name },
      { unitId: named(units, '市财政局'), unit: '市财政局', person: null },
    ]);
    expect(after.version).toBe(item.version + 1);
    // The civil affairs reporter now works on it.
    const mine = (await api.call('civil', 'GET', `/api/plans/${api.planId}/items`)).json();
    expect(mine.map((i: { no: string }) => i.no)).toContain('4');
    const audit = (
      await api.call('admin', 'GET', `/api/audit-events?entity=item&entityId=${id}`)
    ).json();
    expect(audit[0]).toMatchObject({ action: 'item.people', after: { leadUnit: '市民政局' } });
    expect(audit[0].before.leadUnit).toBe('市住房城乡建设局');
  });

  it('refuses an unknown unit or a person of another unit, changing nothing', async () => {
    const id = await itemId(api, '5');
    const item = await detail(id);
    const { units } = await directory();
    const before = await countRows(api.t);
    const unknown = await api.call('admin', 'PUT', `/api/items/${id}/people`, {
      version: item.version,
      leadUnitId: 99999,
      leaderIds: [],
      responsibilities: [],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json().error.message).toContain('找不到');
    const civil = units.find((u: { name: string }) => u.name === '市民政局');
    const elsewhere = await api.call('admin', 'PUT', `/api/items/${id}/people`, {
      version: item.version,
      leadUnitId: null,
      leaderIds: [],
      responsibilities: [{ unitId: named(units, '市财政局'), personId: civil.people[0].id }],
    });
    expect(elsewhere.status).toBe(400);
    expect(await countRows(api.t)).toEqual(before);
    expect(await detail(id)).toEqual(item);
  });

  it('corrects a target and judges every report of the item again', async () => {
    const id = await itemId(api, '3');
    const item = await detail(id);
    const roads = item.indicators[0];
    expect(roads).toMatchObject({ what: '农村公路提档升级', target: 120 });
    const sep = () =>
      detail(id).then((d) =>
        d.reports.find((r: { periodLabel: string }) => r.periodLabel === '1-9月'),
      );
    expect((await sep()).assessment.status).toBe('lagging');
    const indicators = item.indicators.map(
      (x: {
        id: number;
        what: string;
        kind: string;
        target: number;
        unit: string;
        targetText: string;
      }) => ({
        id: x.id,
        what: x.what,
        kind: x.kind,
        target: x.id === roads.id ? 90 : x.target,
        unit: x.unit,
        targetText: x.id === roads.id ? '90公里' : x.targetText,
      }),
    );
    const response = await api.call('admin', 'PUT', `/api/items/${id}/indicators`, {
      version: item.version,
      indicators,
    });
    expect(response.status).toBe(200);
    expect(response.json().indicators[0]).toMatchObject({ target: 90, targetText: '90公里' });
    const report = await sep();
    expect(
      report.actuals.find((a: { indicatorId: number }) => a.indicatorId === roads.id).actual,
    ).toBe(72);
    expect(report.assessment.decidedBy).not.toBe('农村公路提档升级');
    expect(report.discrepancy?.message ?? '').not.toContain('农村公路');
    const dashboard = (await api.call('admin', 'GET', `/api/plans/${api.planId}/dashboard`)).json();
    const shown = dashboard.discrepancies.find((d: { no: string }) => d.no === '3');
    expect(shown?.decidedBy?.what ?? null).not.toBe('农村公路提档升级');
  });

  it('adds and removes indicators, and refuses a stale version with the current item', async () => {
    const id = await itemId(api, '10');
    const item = await detail(id);
    const kept = item.indicators[0];
    const response = await api.call('admin', 'PUT', `/api/items/${id}/indicators`, {
      version: item.version,
      indicators: [
        { id: kept.id, what: kept.what, kind: kept.kind, target: kept.target, unit: kept.unit },
        { what: '加装电梯', kind: 'count', target: 60, unit: '部', targetText: '60部' },
      ],
    });
    expect(response.json().indicators.map((x: { what: string }) => x.what)).toEqual([
      kept.what,
      '加装电梯',
    ]);
    const stale = await api.call('admin', 'PUT', `/api/items/${id}/indicators`, {
      version: item.version,
      indicators: [],
    });
    expect(stale.status).toBe(409);
    expect(stale.json().error.details.current.indicators).toHaveLength(2);
    const foreign = await api.call('admin', 'PUT', `/api/items/${id}/indicators`, {
      version: item.version + 1,
      indicators: [
        {
          id: (await detail(await itemId(api, '1'))).indicators[0].id,
          what: 'x',
          kind: 'count',
          target: 1,
          unit: '个',
        },
      ],
    });
    expect(foreign.status).toBe(400);
    expect(
      (
        await api.call('health', 'PUT', `/api/items/${id}/indicators`, {
          version: 1,
          indicators: [],
        })
      ).status,
    ).toBe(403);
  });
});
