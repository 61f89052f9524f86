/**
 * A citizen reads the published plan and an item on a cheap phone: complete without JavaScript,
 * nothing wider than 375 px, landmarks and a skip link for screen readers, status in words, an
 * English version, and a clean printout.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, screenshot } from './browser.ts';
import { type Site, startSite } from './site.ts';

describe('reading the public site', () => {
  let site: Site;
  let browser: Browser;
  beforeAll(async () => {
    [site, browser] = await Promise.all([startSite(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('reads the plan and an item on a phone without JavaScript', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/p/`);
    await page.getByRole('link', { name: '示例市2024年十件民生实事' }).click();
    await page.getByRole('heading', { level: 1, name: '示例市2024年十件民生实事' }).waitFor();
    for (const role of ['banner', 'main', 'contentinfo'] as const)
      expect(await page.getByRole(role).count()).toBe(1);
    expect(await page.getByRole('navigation').count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.getByText('截至2024年9月30日（1-9月）的进展').count()).toBe(1);
    expect(await page.locator('.tag').filter({ hasText: '滞后' }).count()).toBeGreaterThan(0);
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'public-plan-375');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('跳到正文');

    await page.getByRole('link', { name: /农村公路提档升级120公里/ }).click();
    await page.getByRole('heading', { name: '指标完成情况' }).waitFor();
    expect(await page.getByText('完成60%，序时进度75%').count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: '发布记录' }).count()).toBe(1);
    expect(await page.locator('.chart svg').count()).toBe(3);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      PHONE.width,
    );
    await screenshot(page, 'public-item-375');
    await context.close();
  });

  it('reads the plan in English on a desktop, and prints it without the site furniture', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${site.url}/p/plans/1`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByText('Progress to 30 September 2024 (1-9月)', { exact: false }).waitFor();
    expect(await page.locator('.tag').filter({ hasText: 'Lagging' }).count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: '中文' }).click();
    await page.getByText('截至2024年9月30日', { exact: false }).first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('link', { name: '开放数据' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.close();
  });
});
