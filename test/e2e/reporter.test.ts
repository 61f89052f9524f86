/**
 * A unit's reporter, on a 375-px phone, files this period's report on one of its items: writes
 * the status and the numbered points, sees the figure the system read from them and corrects
 * one, is told an explanation is needed because the figures say behind, gives it, and submits.
 * A save from a page someone else changed meanwhile is refused and offers the latest content.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE, screenshot } from './browser.ts';
import { type Site, startSite } from './site.ts';
import { callApi, choose, openOctober, signIn } from './steps.ts';

describe('a unit files its report on a phone', () => {
  let site: Site;
  let browser: Browser;
  let periodId: number;
  beforeAll(async () => {
    [site, browser] = await Promise.all([startSite(), launchBrowser()]);
    periodId = await openOctober(site);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const phonePage = async (): Promise<Page> =>
    (await browser.newContext({ viewport: PHONE })).newPage();
  const noSideScroll = (page: Page) =>
    page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');

  it('proposes the figure from the text, takes a correction, asks why, and submits', async () => {
    const page = await phonePage();
    await signIn(page, site, 'health');
    expect(new URL(page.url()).pathname).toBe('/reporting');
    await page.getByText('1-10月（截至2024年10月31日）').waitFor();
    const item1 = page.locator('.ms-my-item', { hasText: '第1项' });
    await item1.getByText('未填报').waitFor();
    await item1.getByRole('button', { name: /填\s*报/ }).click();
    await page.getByRole('heading', { name: '填报进展：第1项' }).waitFor();

    await choose(page, '自报状态', '按进度完成');
    await page.getByLabel('第1点', { exact: true }).fill('已完成5家乡镇卫生院标准化改造。');
    await page.getByRole('button', { name: '增加一点' }).click();
    await page
      .getByLabel('第2点', { exact: true })
      .fill('截至10月底，全市为65岁以上老年人免费体检3.1万人次。');
    // The figure read from the text is proposed in the indicator's field.
    const clinics = page.getByRole('spinbutton', { name: /乡镇卫生院标准化改造（目标8家）/ });
    await expect.poll(() => clinics.inputValue()).toBe('5');
    await page.getByText(/从文字读出：.*5家/).waitFor();
    const checkups = page.getByRole('spinbutton', { name: /65岁以上老年人免费体检/ });
    await expect.poll(() => checkups.inputValue()).toBe('31000');
    // The unit corrects one: a sixth clinic was accepted after the text was written.
    await clinics.fill('6');
    await page.getByText(/自报“按进度”，但“乡镇卫生院标准化改造”完成75%/).waitFor();
    await page.getByLabel('情况说明').waitFor();
    await screenshot(page, 'report-form-375');
    expect(await noSideScroll(page)).toBe(true);

    await page.getByRole('button', { name: '提交报送' }).click();
    await page.getByText('请填写情况说明后再提交').first().waitFor();
    await page.getByLabel('情况说明').fill('其余2家已完工，11月上旬验收后计入。');
    await page.getByRole('button', { name: '提交报送' }).click();
    await page.waitForURL((url) => url.pathname === '/reporting');
    await item1.getByText('已报送').waitFor();

    const items = (await callApi(site, 'admin', 'GET', `/api/plans/1/items?period=${periodId}`))
      .body;
    const report = (await callApi(site, 'admin', 'GET', `/api/reports/${items[0].report.id}`)).body;
    expect(report).toMatchObject({
      state: 'submitted',
      statusLabel: '按进度完成',
      explanation: '其余2家已完工，11月上旬验收后计入。',
    });
    expect(report.actuals.map((a: { actual: number | null }) => a.actual)).toEqual([
      6,
      31000,
      null,
    ]);
    await page.context().close();
  });

  it('refuses a save over someone else’s change and offers the latest', async () => {
    const page = await phonePage();
    await signIn(page, site, 'health', `/reporting/2/${periodId}`);
    await page.getByRole('heading', { name: '填报进展：第2项' }).waitFor();
    await choose(page, '自报状态', '按进度完成');
    await page.getByLabel('第1点', { exact: true }).fill('检查检验结果互认率达到96%。');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('草稿已保存（第1版）').waitFor();
    // Meanwhile a colleague saves the same draft from another device.
    const [item] = (
      await callApi(site, 'health', 'GET', `/api/plans/1/items?period=${periodId}&q=互认`)
    ).body;
    const other = await callApi(site, 'health', 'PUT', `/api/reports/${item.report.id}`, {
      version: 1,
      statusLabel: '按进度完成',
      points: ['检查检验结果互认率达到96%，预约诊疗率达到85%。'],
    });
    expect(other.status).toBe(200);
    await page.getByLabel('第1点', { exact: true }).fill('检查检验结果互认率达到97%。');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('数据已被他人修改').first().waitFor();
    await page.getByRole('button', { name: '载入最新内容' }).click();
    await expect
      .poll(() => page.getByLabel('第1点', { exact: true }).inputValue())
      .toContain('预约诊疗率达到85%');
    await page.context().close();
  });
});
