/**
 * One year of the deputies' cycle on the sample city (issue 10): 50 proposals (the public form and
 * the office's entry) → screening (12 merged into 4 candidates, 3 refused, 2 to the reserve pool,
 * the rest passed to departments) → 15 candidates, 40 deputies choosing 10 → the tally recomputed
 * from the public ballots → the 10 become a plan → a report cycle → every deputy rates every item,
 * one fails and gets a notice → each of the 50 proposers reads the outcome by tracking number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../src/server/policies/actor.ts';
import { updateSettings } from '../../src/server/services/settings.service.ts';
import { testClock } from '../factories/clock.ts';
import { ENGINES } from '../factories/db.ts';
import { addDeputies, type Deputies, postProposalForm } from './congress-fixtures.ts';
import { type Api, startApi } from './harness.ts';
import { fetchPublic, HOST, ORIGIN } from './public-fixtures.ts';

const YEAR = 2026;
const UNITS = ['市卫生健康局', '市民政局', '市教育局', '市交通运输局', '市住房城乡建设局'];
const TARGETS = [
  '新建社区老年食堂30个',
  '改造农村公路150公里',
  '新增公办幼儿园学位3000个',
  '改造老旧小区40个',
  '新建公共充电桩500个',
  '开展免费健康体检20000人次',
  '新建口袋公园25个',
  '改造城市积水点18处',
  '新增义务教育学位5000个',
  '建设便民菜市场12个',
  '新建城市绿道60公里',
  '为3000户困难老人家庭实施适老化改造',
  '新增停车泊位8000个',
  '建成社区嵌入式托育点20个',
  '改造农村危桥12座',
];

describe.each(ENGINES)("the deputies' year on %s", (engine) => {
  let api: Api;
  let deputies: Deputies;
  const clock = testClock('2025-10-10T02:00:00Z');
  /** Each proposal's tracking number and what its proposer should read. */
  const proposals: { no: string; id: number; expect: string }[] = [];

  beforeAll(async () => {
    api = await startApi(engine, { clock });
    await updateSettings(api.t.db, SYSTEM, { 'public.postsPerHour': 1000 });
    deputies = await addDeputies(api, 40);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  it('runs from proposals to the rating, and every proposer reads the outcome', async () => {
    // 征集: the window, 20 proposals from the public form, 30 entered by the office.
    const window = await api.call('admin', 'PUT', `/api/congress/windows/${YEAR}`, {
      opensOn: '2025-09-01',
      closesOn: '2025-10-31',
    });
    expect(window.status).toBe(200);
    expect(window.json().open).toBe(true);
    for (let i = 0; i < 50; i++) {
      const fields = {
        title: `建议${i + 1}：${TARGETS[i % 15]}`,
        body: `市民建议${TARGETS[i % 15]}，方便群众生活。（第${i + 1}条）`,
        contact: i % 3 === 0 ? `1380000${String(i).padStart(4, '0')}` : '',
      };
      if (i < 20) {
        const sent = await postProposalForm(api, fields);
        expect(sent.status, sent.body).toBe(303);
        expect(sent.trackingNumber).toMatch(/^P2026-[0-9A-Z]{8}$/);
        proposals.push({ no: sent.trackingNumber ?? '', id: 0, expect: '' });
      } else {
        const entered = await api.call('admin', 'POST', '/api/congress/proposals', {
          year: YEAR,
          channel: (['letter', 'hotline', 'meeting'] as const)[i % 3],
          ...fields,
        });
        expect(entered.status).toBe(201);
        expect(entered.json().hasContact).toBe(i % 3 === 0);
        proposals.push({ no: entered.json().trackingNumber, id: 0, expect: '' });
      }
    }
    const listed = (await api.call('admin', 'GET', `/api/congress/proposals?year=${YEAR}`)).json();
    expect(listed).toHaveLength(50);
    for (const p of proposals)
      p.id = listed.find((l: { trackingNumber: string }) => l.trackingNumber === p.no).id;
    // No contact leaves in the office's list.
    expect(JSON.stringify(listed)).not.toContain('1380000');

    // 筛选: proposals 0–11 merged three by three into 4 candidates; 12–49 one candidate each.
    const groups = [
      ...[0, 1, 2, 3].map((g) => proposals.slice(g * 3, g * 3 + 3)),
      ...proposals.slice(12).map((p) => [p]),
    ];
    const candidates: { id: number; version: number; members: typeof proposals }[] = [];
    for (const [g, members] of groups.entries()) {
      const created = await api.call('admin', 'POST', '/api/congress/candidates', {
        year: YEAR,
        title: `候选${g + 1}`,
        description: `由${members.length}条建议归并`,
        cost: 500 + g * 10,
        unit: UNITS[g % UNITS.length],
        target: TARGETS[g % 15],
        proposalIds: members.map((m) => m.id),
      });
      expect(created.status).toBe(201);
      candidates.push({ id: created.json().id, version: created.json().version, members });
    }
    expect(candidates).toHaveLength(42);
    const decide = async (c: (typeof candidates)[number], body: object, outcome: string) => {
      const decided = await api.call('admin', 'POST', `/api/congress/candidates/${c.id}/decision`, {
        version: c.version,
        ...body,
      });
      expect(decided.status, JSON.stringify(decided.json())).toBe(200);
      c.version = decided.json().version;
      for (const m of c.members) m.expect = outcome;
    };
    // The 4 merged ones and 11 more go to the vote; 3 refused; 2 to the reserve pool; 22 referred.
    const ballot = [...candidates.slice(0, 15)];
    for (const c of ballot)
      await decide(c, { decision: 'candidate', reason: '群众呼声高，当年可完成' }, 'candidate');
    const refusals = ['office_building', 'beyond_year', 'cost'];
    for (const [i, c] of candidates.slice(15, 18).entries())
      await decide(
        c,
        { decision: 'refused', refusal: refusals[i], reason: `不予采纳：${refusals[i]}` },
        'refused',
      );
    for (const c of candidates.slice(18, 20))
      await decide(c, { decision: 'reserve', reason: '条件尚不成熟，列入储备库' }, 'reserve');
    for (const c of candidates.slice(20))
      await decide(c, { decision: 'referred', reason: '属部门日常工作，已转交办理' }, 'referred');
    // A refusal must name the negative list, feasibility or cost.
    const unknown = await api.call(
      'admin',
      'POST',
      `/api/congress/candidates/${candidates[20]?.id}/decision`,
      {
        version: candidates[20]?.version,
        decision: 'refused',
        refusal: 'dislike',
        reason: '不喜欢',
      },
    );
    expect(unknown.status).toBe(400);

    // 票决: 15 candidates, 40 deputies, each chooses at most 10, 10 seats.
    const created = await api.call('admin', 'POST', '/api/congress/votes', {
      year: YEAR,
      title: '2026年民生实事项目人大代表票决',
      candidateIds: ballot.map((c) => c.id),
      seats: 10,
      maxChoices: 10,
      allowAbstain: true,
      passRule: 'more_than_half_cast',
      tieRule: 'earlier_registration',
      opensAt: '2026-01-15T01:00:00Z',
      closesAt: '2026-01-15T04:00:00Z',
      electorate: 40,
    });
    expect(created.status, JSON.stringify(created.json())).toBe(201);
    const session = created.json();
    clock.set('2026-01-15T01:30:00Z');
    await api.signInAgain();
    await deputies.signIn();
    // Deputies 1–30 choose candidates 1–10; 31–39 choose 6–15; deputy 40 abstains.
    for (const [d, name] of deputies.names.entries()) {
      const picks = d < 30 ? ballot.slice(0, 10) : d < 39 ? ballot.slice(5, 15) : [];
      const cast = await deputies.call(name, 'POST', `/api/congress/votes/${session.id}/ballot`, {
        choices: picks.map((c) => c.id),
      });
      expect(cast.status, JSON.stringify(cast.json())).toBe(201);
    }
    const during = (await api.call('admin', 'GET', `/api/congress/votes/${session.id}`)).json();
    expect(during.turnout).toBe(40);
    // No tally before the vote closes.
    expect((await api.call('public', 'GET', `/api/public/votes/${session.id}`)).status).toBe(409);

    clock.set('2026-01-15T05:00:00Z');
    await api.signInAgain();
    const published = await api.call('admin', 'POST', `/api/congress/votes/${session.id}/publish`, {
      version: during.version,
    });
    expect(published.status).toBe(200);
    const result = published.json().result;
    expect(result.ballotsCast).toBe(40);
    expect(result.abstentions).toBe(1);
    expect(result.elected).toEqual(
      ballot
        .slice(0, 10)
        .map((c) => c.id)
        .sort((a, b) => {
          const votes = (id: number) =>
            result.candidates.find((x: { candidateId: number }) => x.candidateId === id).votes;
          return (
            votes(b) - votes(a) ||
            ballot.findIndex((c) => c.id === a) - ballot.findIndex((c) => c.id === b)
          );
        }),
    );

    // Anyone recounts from the published ballots and gets the published tally.
    const dump = (
      await api.call('public', 'GET', `/api/public/votes/${session.id}/ballots`)
    ).json();
    expect(dump.ballots).toHaveLength(40);
    const recount = new Map<number, number>();
    for (const b of dump.ballots)
      for (const id of b.choices) recount.set(id, (recount.get(id) ?? 0) + 1);
    for (const c of result.candidates) expect(recount.get(c.candidateId) ?? 0).toBe(c.votes);
    const live = (await api.call('public', 'GET', `/api/public/votes/${session.id}`)).json();
    expect(live.tally).toEqual(result);
    for (const c of ballot) {
      const elected = result.elected.includes(c.id);
      for (const m of c.members) m.expect = elected ? 'elected' : 'not_elected';
    }
    const page = await fetchPublic(api, `/p/votes/${session.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('当选');

    // 计划: the 10 become a plan in one step.
    const planned = await api.call('admin', 'POST', `/api/congress/votes/${session.id}/plan`, {
      version: published.json().version,
      title: '示例市2026年民生实事',
      jurisdiction: '示例市',
    });
    expect(planned.status, JSON.stringify(planned.json())).toBe(200);
    const planId = planned.json().planId;
    const items = (await api.call('admin', 'GET', `/api/plans/${planId}/items`)).json();
    const list = Array.isArray(items) ? items : items.items;
    expect(list).toHaveLength(10);
    for (const c of ballot)
      if (result.elected.includes(c.id)) for (const m of c.members) m.expect = 'in_plan';
    // The target text became indicators.
    const first = (await api.call('admin', 'GET', `/api/items/${list[0].id}`)).json();
    expect(first.indicators.length).toBeGreaterThan(0);

    // A report cycle: the year's period opens, the lead unit reports, the office publishes.
    const periods = (await api.call('admin', 'GET', `/api/plans/${planId}/periods`)).json();
    const period = periods[0];
    expect(
      (await api.call('admin', 'PATCH', `/api/periods/${period.id}`, { open: true })).status,
    ).toBe(200);
    const healthItem = list.find((i: { leadUnit: string | null }) =>
      JSON.stringify(i).includes('市卫生健康局'),
    );
    const draft = await api.call('health', 'POST', '/api/reports', {
      itemId: healthItem.id,
      periodId: period.id,
      statusLabel: '按进度完成',
      points: ['已完成年度任务的八成'],
      explanation: null,
    });
    expect(draft.status, JSON.stringify(draft.json())).toBe(201);
    let report = draft.json();
    // Deputies supervise every item but never read a unit's draft.
    await deputies.signIn();
    const deputy = deputies.names[0] ?? '';
    expect((await deputies.call(deputy, 'GET', `/api/reports/${report.id}`)).status).toBe(403);
    const seen = (await deputies.call(deputy, 'GET', `/api/plans/${planId}/items`)).json();
    expect(seen).toHaveLength(10);
    expect(JSON.stringify(seen)).not.toContain('已完成年度任务的八成');
    for (const [who, step] of [
      ['health', 'submit'],
      ['admin', 'approve'],
      ['admin', 'publish'],
    ] as const) {
      const moved = await api.call(who, 'POST', `/api/reports/${report.id}/${step}`, {
        version: report.version,
      });
      expect(moved.status, JSON.stringify(moved.json())).toBe(200);
      report = moved.json();
    }
    // Once sent, deputies read it.
    expect((await deputies.call(deputy, 'GET', `/api/reports/${report.id}`)).status).toBe(200);

    // 测评: each deputy rates every item; the 3rd item gets 25 不满意 of 40 and fails.
    const rating = await api.call('admin', 'POST', '/api/congress/ratings', {
      planId,
      title: '2026年民生实事人大代表满意度测评',
      opensAt: '2026-12-20T01:00:00Z',
      closesAt: '2026-12-21T01:00:00Z',
    });
    expect(rating.status).toBe(201);
    expect(rating.json().passPercent).toBe(50);
    clock.set('2026-12-20T02:00:00Z');
    await api.signInAgain();
    await deputies.signIn();
    const failing = list[2].id;
    for (const [d, name] of deputies.names.entries()) {
      const rated = await deputies.call(
        name,
        'POST',
        `/api/congress/ratings/${rating.json().id}/ratings`,
        {
          ratings: list.map((item: { id: number }) => ({
            itemId: item.id,
            grade:
              item.id === failing && d < 25
                ? 'unsatisfied'
                : d % 2 === 0
                  ? 'satisfied'
                  : 'basically_satisfied',
            ...(item.id === failing && d < 25 ? { reason: '进度慢，群众感受不明显' } : {}),
          })),
        },
      );
      expect(rated.status, JSON.stringify(rated.json())).toBe(200);
    }
    // The public rates too, kept apart from the deputies' rule.
    for (const grade of ['unsatisfied', 'unsatisfied', 'satisfied'])
      expect(
        (
          await api.call(
            'public',
            'POST',
            `/api/public/ratings/${rating.json().id}/items/${list[0].id}`,
            {
              grade,
            },
          )
        ).status,
      ).toBe(201);
    // … on the public page's form too (no script).
    const ratePage = await fetchPublic(api, `/p/ratings/${rating.json().id}`);
    expect(ratePage.body).toContain('提交评价');
    const token = /name="token" value="([^"]+)"/.exec(ratePage.body)?.[1] ?? '';
    const form = await api.app.inject({
      method: 'POST',
      url: `/p/ratings/${rating.json().id}`,
      headers: { host: HOST, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ token, [`item${list[0].id}`]: 'satisfied' }).toString(),
    });
    expect(form.statusCode, form.body).toBe(303);
    clock.set('2026-12-21T02:00:00Z');
    expect(
      (
        await api.call(
          'public',
          'POST',
          `/api/public/ratings/${rating.json().id}/items/${list[0].id}`,
          {
            grade: 'satisfied',
          },
        )
      ).status,
    ).toBe(409);
    await api.signInAgain();
    const outcome = await api.call(
      'admin',
      'POST',
      `/api/congress/ratings/${rating.json().id}/publish`,
      {
        version: rating.json().version,
      },
    );
    expect(outcome.status, JSON.stringify(outcome.json())).toBe(200);
    const rows = outcome.json().result;
    expect(
      rows.filter((r: { passed: boolean }) => !r.passed).map((r: { itemId: number }) => r.itemId),
    ).toEqual([failing]);
    const failed = rows.find((r: { itemId: number }) => r.itemId === failing);
    expect(failed.deputies).toMatchObject({ unsatisfied: 25, total: 40 });
    const firstRow = rows.find((r: { itemId: number }) => r.itemId === list[0].id);
    expect(firstRow).toMatchObject({
      passed: true,
      deputies: { total: 40, unsatisfied: 0 },
      public: { total: 4, unsatisfied: 2 },
    });
    // The follow-up notice, to the item's lead unit.
    const notice = (await api.call('admin', 'GET', `/api/notices/${failed.noticeId}`)).json();
    expect(notice).toMatchObject({ itemId: failing, reason: 'rating_failed' });
    expect(notice.unitId).not.toBeNull();
    const publicRating = await fetchPublic(api, `/p/ratings/${rating.json().id}`);
    expect(publicRating.statusCode).toBe(200);
    expect(publicRating.body).toContain('未通过');

    // Every proposer looks up their number and reads the outcome.
    const stages = new Map<string, number>();
    for (const p of proposals) {
      const tracked = await api.call(
        'public',
        'GET',
        `/api/public/proposals/track?no=${p.no.toLowerCase()}`,
      );
      expect(tracked.status).toBe(200);
      expect(tracked.json().stage).toBe(p.expect);
      expect(tracked.json().outcome.length).toBeGreaterThan(0);
      if (p.expect !== 'in_plan' && p.expect !== 'not_elected')
        expect(tracked.json().reason).toBeTruthy();
      if (p.expect === 'refused') expect(tracked.json().ground).toBeTruthy();
      stages.set(p.expect, (stages.get(p.expect) ?? 0) + 1);
      const page = await fetchPublic(api, `/p/proposals/track?no=${p.no}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(tracked.json().outcome);
    }
    // 12 merged proposals in 4 candidates + 11 more in the plan or not chosen.
    expect((stages.get('in_plan') ?? 0) + (stages.get('not_elected') ?? 0)).toBe(12 + 11);
    expect(stages.get('refused')).toBe(3);
    expect(stages.get('reserve')).toBe(2);
    expect(stages.get('referred')).toBe(22);
  }, 300_000);
});
