/**
 * The deputies' year in the office app: the office sees the proposals and candidates; a deputy,
 * on a phone, reads the candidate files, casts a ballot once and sees that it counted.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/server/db/clock.ts';
import { SYSTEM } from '../../src/server/policies/actor.ts';
import { createCandidate, decideCandidate } from '../../src/server/services/candidate.service.ts';
import { enterProposal, saveWindow } from '../../src/server/services/proposal.service.ts';
import { setGroup } from '../../src/server/services/visit.service.ts';
import { createVoteSession } from '../../src/server/services/vote.service.ts';
import { PASSWORD } from '../server/harness.ts';
import { DESKTOP, launchBrowser, PHONE, screenshot } from './browser.ts';
import { type Site, startSite } from './site.ts';

const TARGETS = ['新建社区老年食堂30个', '改造老旧小区40个', '新建口袋公园25个'];

async function signIn(page: Page, url: string, name: string) {
  await page.goto(`${url}/login?next=/congress`);
  await page.getByLabel('用户名').fill(name);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByRole('heading', { name: '民生实事人大代表票决制' }).waitFor();
}

describe("the deputies' year in the office app", () => {
  let site: Site;
  let browser: Browser;
  const year = new Date().getFullYear() + 1;

  beforeAll(async () => {
    [site, browser] = await Promise.all([startSite(), launchBrowser()]);
    const ctx = { db: site.t.db, clock: systemClock };
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    await saveWindow(ctx, SYSTEM, year, { opensOn: day(-5), closesOn: day(5) });
    const ids: number[] = [];
    for (const target of TARGETS) {
      const proposal = await enterProposal(
        ctx,
        { personalData: { seal: (s) => s, open: (s) => s } },
        SYSTEM,
        {
          year,
          channel: 'letter',
          title: `建议${target}`,
          body: `群众来信：建议${target}。`,
          place: '',
          contact: '',
          lang: 'zh',
        },
      );
      const candidate = await createCandidate(ctx, SYSTEM, {
        year,
        title: target.replace(/\d+.*$/, ''),
        description: '',
        cost: 1000,
        unit: '市民政局',
        target,
        proposalIds: [proposal.id],
      });
      await decideCandidate(ctx, SYSTEM, candidate.id, {
        version: candidate.version,
        decision: 'candidate',
        reason: '群众呼声高',
      });
      ids.push(candidate.id);
    }
    await createVoteSession(ctx, SYSTEM, {
      year,
      title: `${year}年民生实事项目人大代表票决`,
      candidateIds: ids,
      seats: 2,
      maxChoices: 2,
      allowAbstain: true,
      passRule: 'more_than_half_cast',
      tieRule: 'earlier_registration',
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      electorate: 1,
    });
    // The deputy supervises item 1 of the demo plan (led by 市卫生健康局, the `health` account).
    const item = await site.t.db
      .selectFrom('items')
      .select('id')
      .where('no', '=', '1')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const deputy = await site.t.db
      .selectFrom('users')
      .select('id')
      .where('name', '=', 'deputy')
      .executeTakeFirstOrThrow();
    await setGroup(ctx, SYSTEM, item.id, [{ userId: deputy.id, head: true }]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('shows the office the proposals and candidates', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, site.url, 'admin');
    await page.getByRole('cell', { name: `建议${TARGETS[0]}`, exact: true }).waitFor();
    await page.getByRole('cell', { name: TARGETS[1], exact: true }).waitFor();
    // A letter entered by the office gets its tracking number at once.
    await page.getByRole('button', { name: '录入来信、热线、座谈会建议' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('项目名称').fill('增设夜间公交');
    await dialog.getByLabel('建议内容').fill('晚班工人下班后没有公交。');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText(/已录入，查询编号 P\d{4}-/).waitFor();
    await page.getByRole('cell', { name: '增设夜间公交', exact: true }).waitFor();
    await screenshot(page, 'office-congress-screening');
    await page.getByRole('tab', { name: '票决' }).click();
    await page.getByText('已投票 0 / 1 人').waitFor();
    await page.close();
  });

  it('lets a deputy on a phone vote once', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, site.url, 'deputy');
    // Deputies have no screening tab: the vote is theirs.
    expect(await page.getByRole('tab', { name: '征集与筛选' }).count()).toBe(0);
    await page.getByText('请选择不超过2项').waitFor();
    await page.getByLabel(new RegExp(TARGETS[0] ?? '')).check();
    await page.getByLabel(new RegExp(TARGETS[2] ?? '')).check();
    // A third choice is not offered once two are chosen.
    expect(await page.getByLabel(new RegExp(TARGETS[1] ?? '')).isDisabled()).toBe(true);
    await screenshot(page, 'office-congress-ballot-375');
    await page.getByRole('button', { name: /投\s*票/ }).click();
    await page.getByText('您已投票').waitFor();
    await page.getByText('已投票 1 / 1 人').waitFor();
    const receipts = await site.t.db.selectFrom('ballot_receipts').selectAll().execute();
    const ballots = await site.t.db.selectFrom('ballots').selectAll().execute();
    expect([receipts.length, ballots.length]).toEqual([1, 1]);
    await context.close();
  });

  it('lets the group deputy log a visit and suggest, and the lead unit answer', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, site.url, 'deputy');
    await page.getByRole('tab', { name: '代表监督' }).click();
    await page
      .getByRole('button', { name: /监\s*督/ })
      .first()
      .click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('deputy').first().waitFor();
    await drawer.getByLabel('视察日期').click();
    await page.locator('.ant-picker-cell-today').click();
    await drawer.getByLabel('参加人员（以顿号分隔）').fill('deputy、卫健局王医生');
    await drawer.getByLabel('发现的问题').fill('冷链点已建成，群众知晓率不高');
    await drawer.getByRole('button', { name: '记录视察' }).click();
    await drawer.getByText('冷链点已建成，群众知晓率不高').waitFor();
    await drawer.getByRole('textbox', { name: '提出建议' }).fill('加强宣传，提高知晓率');
    await drawer.getByRole('button', { name: /提\s*交/ }).click();
    await drawer.getByText('待牵头单位答复').waitFor();
    await screenshot(page, 'office-congress-supervision-375');
    await context.close();

    const unit = await browser.newPage({ viewport: DESKTOP });
    await signIn(unit, site.url, 'health');
    await unit.getByText('加强宣传，提高知晓率').waitFor();
    await unit.getByRole('textbox', { name: '答复内容' }).fill('已在社区张贴海报');
    await unit.getByRole('button', { name: /提\s*交/ }).click();
    await unit.getByText('已在社区张贴海报（health）').waitFor();
    await unit.close();
  });
});
