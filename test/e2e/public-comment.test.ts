/**
 * A citizen on a phone comments on an item and later reads the office's answer by tracking
 * number — with JavaScript on and with it off — while the office approves and answers in the
 * office app. Markup in a comment stays text in the browser.
 */
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../server/harness.ts';
import { DESKTOP, launchBrowser, PHONE, screenshot } from './browser.ts';
import { type Site, startSite } from './site.ts';

describe('a citizen comments on an item and reads the answer', () => {
  let site: Site;
  let browser: Browser;
  let office: Page;
  const key = process.env.MINSHENG_DATA_KEY;

  beforeAll(async () => {
    // Contacts are asked for only where they can be sealed.
    process.env.MINSHENG_DATA_KEY = randomBytes(32).toString('base64');
    [site, browser] = await Promise.all([startSite(), launchBrowser()]);
    office = await browser.newPage({ viewport: DESKTOP });
    await office.goto(`${site.url}/login?next=/comments`);
    await office.getByLabel('用户名').fill('admin');
    await office.getByLabel('密码').fill(PASSWORD);
    await office.getByRole('button', { name: /登\s*录/ }).click();
    await office.getByRole('heading', { name: '群众留言' }).waitFor();
  });
  afterAll(async () => {
    if (key === undefined) delete process.env.MINSHENG_DATA_KEY;
    else process.env.MINSHENG_DATA_KEY = key;
    await browser?.close();
    await site?.close();
  });

  /** The office publishes the comment and answers it, in the office app. */
  async function answerInOffice(body: string, answer: string, shot?: string) {
    await office.reload();
    const card = office.locator('.ms-comment', { hasText: body });
    await card.getByRole('button', { name: /^公\s*开$/ }).click();
    await office.getByText('已保存').first().waitFor();
    await card.getByRole('button', { name: /^答\s*复$/ }).click();
    await office.getByRole('textbox', { name: /答复内容/ }).fill(answer);
    await office.getByRole('button', { name: /确\s*定/ }).click();
    // Answered, it leaves the to-do list; "all" shows it with its answer.
    await card.waitFor({ state: 'detached' });
    await office.getByText('全部', { exact: true }).click();
    await office.locator('.ms-comment', { hasText: body }).getByText(answer).waitFor();
    if (shot) await screenshot(office, shot);
    await office.getByText('待处理', { exact: true }).click();
  }

  for (const javaScript of [true, false]) {
    it(`works at 375 px with JavaScript ${javaScript ? 'on' : 'off'}`, async () => {
      const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: javaScript });
      const citizen = await context.newPage();
      await citizen.goto(`${site.url}/p/`);
      await citizen.getByRole('link', { name: '示例市2024年十件民生实事' }).click();
      await citizen.getByRole('link', { name: /完成8家乡镇卫生院标准化改造/ }).click();
      const body = `周末体检点开放吗？（${javaScript ? '有' : '无'}脚本）`;
      await citizen.getByLabel('留言内容').fill(body);
      await citizen.getByLabel('5 很满意').check();
      await citizen.getByLabel('联系方式（选填）').fill('13800138000');
      await citizen.getByRole('button', { name: '提交留言' }).click();
      await citizen.getByRole('heading', { name: '留言已提交' }).waitFor();
      const number = (await citizen.locator('.number.big').textContent()) ?? '';
      expect(number).toMatch(/^C\d{4}-[0-9A-Z]{8}$/);
      if (!javaScript) await screenshot(citizen, 'public-comment-sent-375');

      const answer = `周六上午开放，请带身份证。（${javaScript ? '有' : '无'}脚本）`;
      await answerInOffice(body, answer, javaScript ? undefined : 'office-comments-desktop');

      await citizen.goto(`${site.url}/p/track`);
      // Typed as a person may copy it from paper: lower case, spaces.
      await citizen.getByLabel('查询编号').fill(` ${number.toLowerCase().replace('-', ' - ')} `);
      await citizen.getByRole('button', { name: '查询' }).click();
      await citizen.getByText(answer).waitFor();
      await expect.poll(() => citizen.getByText('已公开').count()).toBeGreaterThan(0);
      await citizen.getByRole('link', { name: /乡镇卫生院标准化改造/ }).click();
      const comments = citizen.locator('.comments');
      await comments.getByText(body).waitFor();
      await comments.getByText(answer).waitFor();
      expect(await comments.getByText('评分：5/5').count()).toBeGreaterThan(0);
      await context.close();
    });
  }

  it('shows markup in a comment as text, running nothing', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const citizen = await context.newPage();
    const dialogs: string[] = [];
    citizen.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await citizen.goto(`${site.url}/p/items/2`);
    const attack =
      '<img src=x onerror=alert(1)><script>alert(2)</script>详见 https://evil.example/';
    await citizen.getByLabel('留言内容').fill(attack);
    await citizen.getByRole('button', { name: '提交留言' }).click();
    await citizen.getByRole('heading', { name: '留言已提交' }).waitFor();
    await answerInOffice('详见 https://evil.example/', '<b onmouseover=alert(3)>谢谢</b>');
    await citizen.goto(`${site.url}/p/items/2`);
    const comments = citizen.locator('.comments');
    await comments.getByText(attack).waitFor();
    await comments.getByText('<b onmouseover=alert(3)>谢谢</b>').hover();
    expect(await comments.locator('img, script, b, a').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
