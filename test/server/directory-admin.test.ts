/**
 * The office keeps the names: units, their people and leaders are created on purpose, renamed
 * in one place (every item follows), never duplicated, and every change is audited. Plans are
 * set up and corrected the same way. Both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, ENGINES } from '../factories/db.ts';
import { itemId } from './fixtures.ts';
import { type Api, startApi } from './harness.ts';

describe.each(ENGINES)('the office’s directory on %s', (engine) => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(engine);
  });
  afterAll(async () => {
    await api?.close();
  });
  const units = async () => (await api.call('admin', 'GET', '/api/units')).json();

  it('adds a unit and a person in it; the same name twice is refused and changes nothing', async () => {
    const created = await api.call('admin', 'POST', '/api/units', { name: ' 市数据局 ' });
    expect(created.status).toBe(201);
    expect(created.json()).toMatchObject({ name: '市数据局', version: 1 });
    const before = await countRows(api.t);
    const again = await api.call('admin', 'POST', '/api/units', { name: '市数据局' });
    expect(again.status).toBe(409);
    expect(again.json().error.message).toContain('市数据局');
    expect(await countRows(api.t)).toEqual(before);
    const person = await api.call('admin', 'POST', `/api/units/${created.json().id}/people`, {
      name: '赵  敏',
    });
    expect(person.json()).toMatchObject({ name: '赵敏', version: 1 });
    const listed = (await units()).find((u: { name: string }) => u.name === '市数据局');
    expect(listed.people.map((p: { name: string }) => p.name)).toEqual(['赵敏']);
  });

  it('renames a unit everywhere at once; a stale or taken name gets 409', async () => {
    const health = (await units()).find((u: { name: string }) => u.name === '市卫生健康局');
    const renamed = await api.call('admin', 'PATCH', `/api/units/${health.id}`, {
      version: health.version,
      name: '市卫生健康委员会',
    });
    expect(renamed.json()).toMatchObject({ name: '市卫生健康委员会', version: health.version + 1 });
    const item = (await api.call('admin', 'GET', `/api/items/${await itemId(api, '1')}`)).json();
    expect(item.leadUnit).toBe('市卫生健康委员会');
    expect(item.responsibilities[0].unit).toBe('市卫生健康委员会');
    const stale = await api.call('admin', 'PATCH', `/api/units/${health.id}`, {
      version: health.version,
      name: '市卫健委',
    });
    expect(stale.status).toBe(409);
    expect(stale.json().error.details.current.name).toBe('市卫生健康委员会');
    const taken = await api.call('admin', 'PATCH', `/api/units/${health.id}`, {
      version: health.version + 1,
      name: '市民政局',
    });
    expect(taken.status).toBe(409);
    expect(taken.json().error.code).toBe('already_exists');
    const audit = (
      await api.call('admin', 'GET', `/api/audit-events?entity=unit&entityId=${health.id}`)
    ).json();
    expect(audit[0]).toMatchObject({
      action: 'unit.rename',
      before: { name: '市卫生健康局' },
      after: { name: '市卫生健康委员会' },
    });
  });

  it('adds and renames leaders and people the same way', async () => {
    const leader = (await api.call('admin', 'POST', '/api/leaders', { name: '王立新' })).json();
    const renamed = await api.call('admin', 'PATCH', `/api/leaders/${leader.id}`, {
      version: 1,
      name: '王力新',
    });
    expect(renamed.json().name).toBe('王力新');
    const civil = (await units()).find((u: { name: string }) => u.name === '市民政局');
    const person = civil.people[0];
    const moved = await api.call('admin', 'PATCH', `/api/people/${person.id}`, {
      version: person.version,
      name: '林志刚',
    });
    expect(moved.json().name).toBe('林志刚');
  });

  it('is the office’s alone', async () => {
    expect((await api.call('health', 'POST', '/api/units', { name: '某单位' })).status).toBe(403);
    expect((await api.call('public', 'POST', '/api/leaders', { name: '某人' })).status).toBe(401);
    expect(
      (await api.call('admin', 'PATCH', '/api/units/9999', { version: 1, name: 'x' })).status,
    ).toBe(404);
  });

  it('sets up a plan and corrects it from the version read', async () => {
    const created = await api.call('admin', 'POST', '/api/plans', {
      title: '示例市2025年十件民生实事',
      year: 2025,
      jurisdiction: '示例市',
      declaredItemCount: 10,
    });
    expect(created.status).toBe(201);
    const plan = created.json();
    expect(plan).toMatchObject({ year: 2025, declaredItemCount: 10, version: 1 });
    const twice = await api.call('admin', 'POST', '/api/plans', {
      title: '示例市2025年十件民生实事',
      year: 2025,
      jurisdiction: '示例市',
    });
    expect(twice.status).toBe(409);
    const fixed = await api.call('admin', 'PATCH', `/api/plans/${plan.id}`, {
      version: 1,
      declaredItemCount: 12,
    });
    expect(fixed.json()).toMatchObject({ declaredItemCount: 12, version: 2 });
    expect(
      (await api.call('admin', 'PATCH', `/api/plans/${plan.id}`, { version: 1, title: '别的' }))
        .status,
    ).toBe(409);
    expect(
      (
        await api.call('health', 'POST', '/api/plans', {
          title: 'x',
          year: 2025,
          jurisdiction: '示例市',
        })
      ).status,
    ).toBe(403);
  });

  it('changes a period from the version read', async () => {
    const periods = (await api.call('admin', 'GET', `/api/plans/${api.planId}/periods`)).json();
    const sep = periods.find((p: { label: string }) => p.label === '1-9月');
    const changed = await api.call('admin', 'PATCH', `/api/periods/${sep.id}`, {
      version: sep.version,
      dueDate: '2024-10-10',
    });
    expect(changed.json()).toMatchObject({ dueDate: '2024-10-10', version: sep.version + 1 });
    const stale = await api.call('admin', 'PATCH', `/api/periods/${sep.id}`, {
      version: sep.version,
      open: true,
    });
    expect(stale.status).toBe(409);
    expect(stale.json().error.details.current.open).toBe(false);
  });
});
