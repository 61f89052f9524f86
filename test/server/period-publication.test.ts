/**
 * The office publishes a whole period at once and can take it back with a reason: the public
 * sees the period's reports only while it is published, every report's published version stays
 * in its history, and both steps are audited. Both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../factories/db.ts';
import { reportId } from './fixtures.ts';
import { type Api, startApi } from './harness.ts';

describe.each(ENGINES)('publishing a period on %s', (engine) => {
  let api: Api;
  let sep: { id: number; version: number };
  beforeAll(async () => {
    api = await startApi(engine);
    const periods = (await api.call('admin', 'GET', `/api/plans/${api.planId}/periods`)).json();
    sep = periods.find((p: { label: string }) => p.label === '1-9月');
  });
  afterAll(async () => {
    await api?.close();
  });
  const publicRead = async (no: string) =>
    (await api.call('public', 'GET', `/api/public/reports/${await reportId(api, no, '1-9月')}`))
      .status;

  it('is the office’s: units get 403, a stale version 409', async () => {
    expect(
      (await api.call('health', 'POST', `/api/periods/${sep.id}/publish`, { version: sep.version }))
        .status,
    ).toBe(403);
    const stale = await api.call('admin', 'POST', `/api/periods/${sep.id}/publish`, {
      version: sep.version + 5,
    });
    expect(stale.status).toBe(409);
    expect(stale.json().error.details.current.publishedAt).toBeNull();
    expect(await publicRead('3')).toBe(404);
  });

  it('publishes every approved report of the period at once, audited', async () => {
    const response = await api.call('admin', 'POST', `/api/periods/${sep.id}/publish`, {
      version: sep.version,
    });
    expect(response.status).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ moved: 12, remaining: 0 });
    expect(body.period.publishedAt).toEqual(expect.any(String));
    sep = body.period;
    for (const no of ['1', '3', '12']) expect(await publicRead(no)).toBe(200);
    const audit = (
      await api.call('admin', 'GET', `/api/audit-events?entity=period&entityId=${sep.id}`)
    ).json();
    expect(audit[0]).toMatchObject({ action: 'period.publish', actor: 'admin' });
    const reportAudit = (
      await api.call(
        'admin',
        'GET',
        `/api/audit-events?entity=report&entityId=${await reportId(api, '3', '1-9月')}`,
      )
    ).json();
    expect(reportAudit[0]).toMatchObject({ action: 'report.publish' });
    expect(reportAudit[0].before.state).toBe('approved');
    // Nothing is left to publish.
    const again = await api.call('admin', 'POST', `/api/periods/${sep.id}/publish`, {
      version: sep.version,
    });
    expect(again.status).toBe(409);
    expect(again.json().error.message).toContain('没有已审核');
  });

  it('takes the publication back only with a reason; the published version stays in history', async () => {
    const url = `/api/periods/${sep.id}/unpublish`;
    expect((await api.call('admin', 'POST', url, { version: sep.version })).status).toBe(400);
    const response = await api.call('admin', 'POST', url, {
      version: sep.version,
      reason: '第3项数据有误，核实后重新发布',
    });
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ moved: 12, period: { publishedAt: null } });
    expect(await publicRead('3')).toBe(404);
    const id = await reportId(api, '3', '1-9月');
    const versions = (await api.call('admin', 'GET', `/api/reports/${id}/versions`)).json();
    expect(versions.map((v: { state: string }) => v.state)).toEqual([
      'approved',
      'published',
      'approved',
    ]);
    const audit = (
      await api.call('admin', 'GET', `/api/audit-events?entity=period&entityId=${sep.id}`)
    ).json();
    expect(audit[0]).toMatchObject({
      action: 'period.unpublish',
      after: { reason: '第3项数据有误，核实后重新发布' },
    });
    const reportAudit = (
      await api.call('admin', 'GET', `/api/audit-events?entity=report&entityId=${id}`)
    ).json();
    expect(reportAudit[0]).toMatchObject({
      action: 'report.unpublish',
      after: { state: 'approved', reason: '第3项数据有误，核实后重新发布' },
    });
  });
});
