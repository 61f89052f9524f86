/**
 * One month of supervision on the sample plan, through the API, on both engines: the office
 * opens 1-10月 after 1-9月; two co-units of item 5 file contributions; the lead unit composes,
 * edits and submits; the office returns it, the unit fixes and resubmits, the office approves
 * and publishes. Item 3 is reported far behind: a red notice is issued for it, signed for,
 * answered and closed. The audit log holds every step with the state before and after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/server/services/user.service.ts';
import { testClock } from '../factories/clock.ts';
import { ENGINES } from '../factories/db.ts';
import { itemId, reportId } from './fixtures.ts';
import { type Api, login, PASSWORD, startApi } from './harness.ts';

type Who = Parameters<Api['call']>[0] | 'education' | 'transport';

describe.each(ENGINES)('a supervision cycle on %s', (engine) => {
  let api: Api;
  let call: (
    who: Who,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    body?: unknown,
  ) => ReturnType<Api['call']>;
  const clock = testClock('2024-11-05T02:00:00Z');
  let periodId: number;
  let item5: number;
  let item3: number;
  let signInAgain: () => Promise<void>;

  beforeAll(async () => {
    api = await startApi(engine, { clock });
    // Two more units' reporters: 市教育局 (co-unit of item 5), 市交通运输局 (lead of item 3).
    await addUser(api.t.db, {
      name: 'education',
      role: 'reporter',
      unit: '市教育局',
      password: PASSWORD,
      mustChangePassword: false,
    });
    await addUser(api.t.db, {
      name: 'transport',
      role: 'reporter',
      unit: '市交通运输局',
      password: PASSWORD,
      mustChangePassword: false,
    });
    let extra = {
      education: await login(api.app, 'education'),
      transport: await login(api.app, 'transport'),
    };
    // Days pass between steps: every session, the extra reporters' too, has ended by then.
    signInAgain = async () => {
      await api.signInAgain();
      extra = {
        education: await login(api.app, 'education'),
        transport: await login(api.app, 'transport'),
      };
    };
    call = async (who, method, url, body) => {
      if (who !== 'education' && who !== 'transport') return api.call(who, method, url, body);
      const session = extra[who];
      const response = await api.app.inject({
        method,
        url,
        ...(body === undefined ? {} : { payload: body as object }),
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
      });
      return { status: response.statusCode, json: () => response.json() };
    };
    item5 = await itemId(api, '5');
    item3 = await itemId(api, '3');
  });
  afterAll(async () => {
    await api?.close();
  });

  it('opens 1-10月 after 1-9月 with each item’s approved report carried over as its draft', async () => {
    const opened = await call('admin', 'POST', `/api/plans/${api.planId}/periods`, {
      label: '1-10月',
      start: '2024-01-01',
      end: '2024-10-31',
      dueDate: '2024-11-10',
    });
    expect(opened.status).toBe(201);
    periodId = opened.json().id;
    const previous = await reportId(api, '5', '1-9月');
    const carried = (
      await call('health', 'GET', `/api/reports/${await reportId(api, '5', '1-10月')}`)
    ).json();
    expect(carried).toMatchObject({ state: 'draft', carriedFromReportId: previous, version: 1 });
    const before = (await call('admin', 'GET', `/api/reports/${previous}`)).json();
    expect(carried.points).toEqual(before.points);
    expect(carried.actuals.map((a: { actual: number }) => a.actual)).toEqual(
      before.actuals.map((a: { actual: number }) => a.actual),
    );
  });

  it('two co-units file their contributions; neither may touch the other’s, nor the report', async () => {
    const indicators = (await call('admin', 'GET', `/api/items/${item5}`)).json().indicators;
    const [places, points] = indicators.map((x: { id: number }) => x.id);
    const civil = await call('civil', 'POST', '/api/contributions', {
      itemId: item5,
      periodId,
      points: ['新增普惠性托育位600个，建成社区嵌入式托育点15个。'],
      actuals: [
        { indicatorId: places, actual: 600 },
        { indicatorId: points, actual: 15 },
      ],
    });
    expect(civil.status).toBe(201);
    const education = await call('education', 'POST', '/api/contributions', {
      itemId: item5,
      periodId,
      points: ['幼儿园新增托育位700个。'],
      actuals: [{ indicatorId: places, actual: 700 }],
    });
    expect(education.status).toBe(201);

    // The lead unit and the office see who is still missing before anyone submits.
    const missing = async (who: Who) =>
      (await call(who, 'GET', `/api/items/${item5}/contributions?period=${periodId}`))
        .json()
        .missing.map((u: { unit: string }) => u.unit);
    expect(await missing('health')).toEqual(['市教育局', '市民政局']);
    const board = (await call('admin', 'GET', `/api/periods/${periodId}/contributions`)).json();
    expect(board.find((i: { itemId: number }) => i.itemId === item5).missing).toHaveLength(2);

    const foreign = await call('civil', 'PUT', `/api/contributions/${education.json().id}`, {
      version: 1,
      points: ['改写'],
      actuals: [],
    });
    expect(foreign.status).toBe(403);
    expect(
      (
        await call('admin', 'PUT', `/api/contributions/${civil.json().id}`, {
          version: 1,
          points: ['x'],
        })
      ).status,
    ).toBe(403);
    const report = await reportId(api, '5', '1-10月');
    const coWrite = await call('civil', 'PUT', `/api/reports/${report}`, {
      version: 1,
      statusLabel: '已完成',
      points: ['改写'],
    });
    expect(coWrite.status).toBe(403);
    // A co-unit sees its own contribution only.
    const seen = (
      await call('civil', 'GET', `/api/items/${item5}/contributions?period=${periodId}`)
    ).json();
    expect(seen.contributions.map((c: { unit: string }) => c.unit)).toEqual(['市民政局']);

    for (const [who, id] of [
      ['civil', civil.json().id],
      ['education', education.json().id],
    ] as const) {
      expect(
        (await call(who, 'POST', `/api/contributions/${id}/submit`, { version: 1 })).json().state,
      ).toBe('submitted');
    }
    expect(await missing('health')).toEqual([]);
  });

  it('the lead unit composes, edits and submits; the office returns it, then approves and publishes', async () => {
    const id = await reportId(api, '5', '1-10月');
    const composed = await call('health', 'POST', `/api/reports/${id}/compose`, { version: 1 });
    expect(composed.status).toBe(200);
    const report = composed.json().report;
    // Each unit's points under its name, in the order they contributed.
    expect(report.points).toEqual([
      '市民政局：新增普惠性托育位600个，建成社区嵌入式托育点15个。',
      '市教育局：幼儿园新增托育位700个。',
    ]);
    expect(report.actuals.map((a: { actual: number }) => a.actual)).toEqual([1300, 15]);
    expect(report.state).toBe('draft');

    const edited = await call('health', 'PUT', `/api/reports/${id}`, {
      version: report.version,
      statusLabel: '超额完成',
      points: [...report.points, '全市托育服务体系基本建成。'],
      actuals: report.actuals.map((a: { indicatorId: number; actual: number }) => ({
        indicatorId: a.indicatorId,
        actual: a.actual,
      })),
    });
    expect(edited.status).toBe(200);
    const step = (who: Who, action: string, body: object) =>
      call(who, 'POST', `/api/reports/${id}/${action}`, body);
    let version = edited.json().version;
    const submitted = await step('health', 'submit', { version });
    expect(submitted.json().state).toBe('submitted');
    version = submitted.json().version;
    const returned = await step('admin', 'return', { version, reason: '请补充托育点分布情况' });
    expect(returned.json()).toMatchObject({
      state: 'returned',
      returnReason: '请补充托育点分布情况',
    });
    const fixed = await call('health', 'PUT', `/api/reports/${id}`, {
      version: returned.json().version,
      statusLabel: '超额完成',
      points: ['新增普惠性托育位1300个。', '建成社区嵌入式托育点15个，覆盖全部区（县）。'],
    });
    expect(fixed.status).toBe(200);
    const resubmitted = await step('health', 'submit', { version: fixed.json().version });
    expect(resubmitted.json().state).toBe('submitted');
    const approved = await step('admin', 'approve', { version: resubmitted.json().version });
    expect(approved.json().state).toBe('approved');
    const published = await step('admin', 'publish', { version: approved.json().version });
    expect(published.json().state).toBe('published');
    // The public stays on the last fully published period until this one is published whole.
    expect((await call('public', 'GET', `/api/public/reports/${id}`)).status).toBe(404);
    // The reviewer sees what the checks said at submission.
    const checks = (await call('admin', 'GET', `/api/reports/${id}/checks`)).json();
    expect(checks.atSubmission).toEqual(expect.any(Array));
  });

  it('issues a red notice for an item reported far behind; the unit signs and answers, the office closes it', async () => {
    const id = await reportId(api, '3', '1-10月');
    const draft = (await call('transport', 'GET', `/api/reports/${id}`)).json();
    const saved = await call('transport', 'PUT', `/api/reports/${id}`, {
      version: draft.version,
      statusLabel: '进度滞后',
      points: ['已完成农村公路提档升级40公里。', '已改造危桥3座。', '新增公交线路2条。'],
    });
    expect(saved.json().assessment.status).toBe('severely_lagging');
    expect(
      (
        await call('transport', 'POST', `/api/reports/${id}/submit`, {
          version: saved.json().version,
        })
      ).status,
    ).toBe(200);

    const generated = await call('admin', 'POST', `/api/plans/${api.planId}/notices/generate`);
    expect(generated.status).toBe(200);
    expect(generated.json().issued).toBeGreaterThan(0);
    // Generation is idempotent: a second run issues nothing new.
    expect(
      (await call('admin', 'POST', `/api/plans/${api.planId}/notices/generate`)).json().issued,
    ).toBe(0);

    const notices = (await call('transport', 'GET', `/api/plans/${api.planId}/notices`)).json();
    const red = notices.find(
      (n: { itemId: number; tier: string }) => n.itemId === item3 && n.tier === 'red',
    );
    expect(red).toMatchObject({
      reason: 'severely_lagging',
      state: 'issued',
      unit: '市交通运输局',
      leaders: [{ id: expect.any(Number), name: '刘慧芳' }],
      periodLabel: '1-10月',
    });
    expect(red.message).toContain('严重滞后');
    expect(red.facts.progress).toBeLessThan(0.5);
    // Copied to the supervising leader, not to other units.
    expect((await call('health', 'GET', `/api/notices/${red.id}`)).status).toBe(403);
    expect(
      (await call('admin', 'POST', `/api/notices/${red.id}/sign`, { version: 1 })).status,
    ).toBe(403);

    clock.set('2024-11-06T01:00:00Z');
    await signInAgain();
    const signed = await call('transport', 'POST', `/api/notices/${red.id}/sign`, { version: 1 });
    expect(signed.json()).toMatchObject({
      state: 'signed',
      signedBy: 'transport',
      signedAt: '2024-11-06T01:00:00.000Z',
    });
    const early = await call('admin', 'POST', `/api/notices/${red.id}/close`, { version: 2 });
    expect(early.status).toBe(409); // not answered yet
    clock.set('2024-11-07T03:00:00Z');
    await signInAgain();
    const answered = await call('transport', 'POST', `/api/notices/${red.id}/answer`, {
      version: 2,
      measures: '增加施工班组，实行倒排工期，每周调度。',
      promisedDate: '2024-12-20',
    });
    expect(answered.json()).toMatchObject({ state: 'answered', promisedDate: '2024-12-20' });
    const closed = await call('admin', 'POST', `/api/notices/${red.id}/close`, {
      version: 3,
      note: '整改措施可行，转入日常跟踪。',
    });
    expect(closed.json()).toMatchObject({ state: 'closed', closedBy: 'admin' });
  });

  it('holds every step in the audit log, each change with before and after', async () => {
    const events = async (entity: string, id: number) =>
      (await call('admin', 'GET', `/api/audit-events?entity=${entity}&entityId=${id}&limit=100`))
        .json()
        .reverse();
    const report5 = await events('report', await reportId(api, '5', '1-10月'));
    expect(report5.map((e: { action: string }) => e.action)).toEqual([
      'report.carry_over',
      'report.compose',
      'report.save',
      'report.submit',
      'report.return',
      'report.save',
      'report.submit',
      'report.approve',
      'report.publish',
    ]);
    const notices = (await call('admin', 'GET', `/api/plans/${api.planId}/notices`)).json();
    const red = notices.find(
      (n: { itemId: number; tier: string }) => n.itemId === item3 && n.tier === 'red',
    );
    const noticeEvents = await events('notice', red.id);
    expect(noticeEvents.map((e: { action: string }) => e.action)).toEqual([
      'notice.issue',
      'notice.sign',
      'notice.answer',
      'notice.close',
    ]);
    const contributions = (
      await call('admin', 'GET', `/api/items/${item5}/contributions?period=${periodId}`)
    ).json().contributions;
    const contributionEvents = (
      await Promise.all(contributions.map((c: { id: number }) => events('contribution', c.id)))
    ).flat();
    expect(contributionEvents.map((e: { action: string }) => e.action).sort()).toEqual([
      'contribution.create',
      'contribution.create',
      'contribution.submit',
      'contribution.submit',
    ]);
    for (const event of [...report5, ...noticeEvents, ...contributionEvents]) {
      expect(event.after, event.action).not.toBeNull();
      const creates = ['report.carry_over', 'notice.issue', 'contribution.create'];
      if (!creates.includes(event.action)) expect(event.before, event.action).not.toBeNull();
    }
    const close = noticeEvents.at(-1);
    expect(close.before.state).toBe('answered');
    expect(close.after.state).toBe('closed');
  });
});
