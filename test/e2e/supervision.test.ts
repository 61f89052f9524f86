/**
 * The office issues supervision notices and a unit answers one: the office opens a period and
 * issues the notices due; 市卫生健康局 signs for one of its notices and answers it with measures
 * and a date on a phone; the office closes it. Screenshots of each screen, desktop and phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../src/server/policies/actor.ts';
import { createPeriod } from '../../src/server/services/period.service.ts';
import { PASSWORD } from '../server/harness.ts';
import { DESKTOP, launchBrowser, PHONE, screenshot } from './browser.ts';
import { type Site, startSite } from './site.ts';

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function signIn(page: Page, site: Site, name: string, path: string) {
  await page.goto(`${site.url}/login?next=${encodeURIComponent(path)}`);
  await page.getByLabel('用户名').fill(name);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => url.pathname === path);
}

describe('supervising with notices', () => {
  let site: Site;
  let browser: Browser;
  beforeAll(async () => {
    [site, browser] = await Promise.all([startSite(), launchBrowser()]);
    const planId = (await site.t.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
    await createPeriod(site.t.db, SYSTEM, planId, {
      label: '1-10月',
      start: '2024-01-01',
      end: '2024-10-31',
      dueDate: inDays(2),
      open: true,
      carryOver: true,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('the office issues the notices due, a unit signs for and answers one, the office closes it', async () => {
    const office = await browser.newPage({ viewport: DESKTOP });
    await signIn(office, site, 'admin', '/notices');
    await office.getByRole('button', { name: '按评估与期限生成督办单' }).click();
    await office.getByText(/新生成 \d+ 份督办单/).waitFor();
    const rows = office.locator('tr.ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    await expect.poll(() => office.getByText('临近报送期限').count()).toBeGreaterThan(0);
    await screenshot(office, 'notices-board-desktop');

    const context = await browser.newContext({ viewport: PHONE });
    const unit = await context.newPage();
    await signIn(unit, site, 'health', '/inbox');
    const first = unit.locator('.ant-card').first();
    await first.getByRole('button', { name: /签\s*收/ }).click();
    await first.getByRole('button', { name: /反\s*馈/ }).click();
    await unit.getByLabel('整改措施').fill('已召开专题会议，倒排工期，三日内补报全部进展。');
    await unit.getByLabel('承诺完成日期').click();
    await unit.getByLabel('承诺完成日期').fill(inDays(10));
    await unit.getByLabel('承诺完成日期').press('Enter');
    await unit.getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => unit.getByText('已反馈').count()).toBeGreaterThan(0);
    await unit.locator('.ant-modal-wrap').waitFor({ state: 'hidden' });
    await screenshot(unit, 'notices-inbox-375');
    const width = Number(await unit.evaluate('document.documentElement.scrollWidth'));
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await context.close();

    await office.reload();
    const answered = office.locator('tr.ant-table-row', { hasText: '已反馈' }).first();
    await answered.getByRole('button', { name: /办\s*结/ }).click();
    await office.getByLabel('意见').fill('措施可行，转入日常跟踪。');
    await office.getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => office.getByText('已反馈').count()).toBe(0);
    await office.close();
  });

  it('shows the reminder log and the contributions page', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, site, 'admin', '/reminders');
    await page.getByRole('button', { name: /立即催报/ }).click();
    await page.getByText(/已加入发送队列/).waitFor();
    await expect.poll(() => page.locator('tr.ant-table-row').count()).toBeGreaterThan(0);
    await screenshot(page, 'reminders-desktop');
    await page.goto(`${site.url}/contributions`);
    await page.getByText('责任单位分项材料').waitFor();
    await expect.poll(() => page.locator('.ant-card').count()).toBeGreaterThan(0);
    await screenshot(page, 'contributions-desktop');
    await page.close();
  });
});
