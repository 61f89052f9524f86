/**
 * A citizen on a phone (375 px, no script needed) proposes a livelihood project, keeps the
 * tracking number, and later reads what became of it and why — after the office screened it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/server/db/clock.ts';
import { SYSTEM } from '../../src/server/policies/actor.ts';
import { createCandidate, decideCandidate } from '../../src/server/services/candidate.service.ts';
import { saveWindow } from '../../src/server/services/proposal.service.ts';
import { launchBrowser, PHONE, screenshot } from './browser.ts';
import { type Site, startSite } from './site.ts';

describe('a citizen proposes an item and follows it', () => {
  let site: Site;
  let browser: Browser;
  const year = new Date().getUTCFullYear() + 1;

  beforeAll(async () => {
    [site, browser] = await Promise.all([startSite(), launchBrowser()]);
    const today = new Date();
    const day = (offset: number) =>
      new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    await saveWindow({ db: site.t.db, clock: systemClock }, SYSTEM, year, {
      opensOn: day(-10),
      closesOn: day(10),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const javaScript of [true, false]) {
    it(`works at 375 px with JavaScript ${javaScript ? 'on' : 'off'}`, async () => {
      const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: javaScript });
      const citizen = await context.newPage();
      await citizen.goto(`${site.url}/p/`);
      await citizen.getByRole('link', { name: '建议征集' }).click();
      await citizen.getByRole('heading', { name: '民生实事建议征集' }).waitFor();
      // A problem keeps what was typed and says what to fix.
      await citizen.getByLabel('建议题目').fill('增设社区老年食堂');
      await citizen.getByLabel('建议内容').fill('小区老人多，吃饭不方便。');
      await citizen.getByLabel('联系方式（选填）').fill('不是电话');
      await citizen.getByRole('button', { name: '提交建议' }).click();
      await citizen.getByRole('alert').getByText('联系方式请填写手机号码或电子邮箱').waitFor();
      expect(await citizen.getByLabel('建议内容').inputValue()).toBe('小区老人多，吃饭不方便。');
      if (!javaScript) await screenshot(citizen, 'public-proposal-error-375');

      await citizen.getByLabel('联系方式（选填）').fill('13800138000');
      const title = `增设社区老年食堂（${javaScript ? '有' : '无'}脚本）`;
      await citizen.getByLabel('建议题目').fill(title);
      if (!javaScript) await screenshot(citizen, 'public-proposal-form-375');
      await citizen.getByRole('button', { name: '提交建议' }).click();
      await citizen.getByRole('heading', { name: '建议已收到' }).waitFor();
      const number = (await citizen.locator('.number.big').textContent()) ?? '';
      expect(number).toMatch(new RegExp(`^P${year}-[0-9A-Z]{8}$`));
      await citizen.getByText('已收到，等待筛选').waitFor();
      if (!javaScript) await screenshot(citizen, 'public-proposal-sent-375');
      // Nothing wider than the phone.
      expect(
        await citizen.evaluate<number>('document.documentElement.scrollWidth'),
      ).toBeLessThanOrEqual(PHONE.width);

      // The office refuses it against the negative list, with a reason.
      const ctx = { db: site.t.db, clock: systemClock };
      const proposals = await site.t.db
        .selectFrom('proposals')
        .select('id')
        .where('tracking_number', '=', number)
        .execute();
      const candidate = await createCandidate(ctx, SYSTEM, {
        year,
        title: '社区老年食堂',
        description: '',
        cost: 800,
        unit: '市民政局',
        target: '新建社区老年食堂30个',
        proposalIds: proposals.map((p) => p.id),
      });
      await decideCandidate(ctx, SYSTEM, candidate.id, {
        version: candidate.version,
        decision: 'refused',
        refusal: 'beyond_year',
        reason: '选址与建设周期超过一年，当年无法完成，建议分年度实施',
      });

      await citizen.goto(`${site.url}/p/proposals/track`);
      await citizen.getByLabel('查询编号').fill(` ${number.toLowerCase()} `);
      await citizen.getByRole('button', { name: '查询' }).click();
      await citizen.getByText('未被采纳').waitFor();
      await citizen.getByText('当年无法完成的项目').waitFor();
      await citizen.getByText('当年无法完成，建议分年度实施', { exact: false }).waitFor();
      expect(
        await citizen.evaluate<number>('document.documentElement.scrollWidth'),
      ).toBeLessThanOrEqual(PHONE.width);
      if (!javaScript) await screenshot(citizen, 'public-proposal-track-375');
      await context.close();
    });
  }
});
