/**
 * The office uploads a table through the import screen: the preview (the dry run) names what
 * would be created and every warning of the reading; nothing is written until the office
 * confirms; then the new plan is there, with its items. The reference table when ../shared is
 * present, else the sample moved to another city and year.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanText } from '../../src/core/read-plan.ts';
import { SEED_TABLE } from '../seed.ts';
import { DESKTOP, launchBrowser, screenshot } from './browser.ts';
import { type Site, startSite } from './site.ts';
import { callApi, signIn } from './steps.ts';

/** The project's own sample, moved to another city and year so it is a new plan. */
const ownTable = {
  name: 'yangban-2025-jan-sep.txt',
  text: readFileSync('samples/shiyi-2024-jan-sep.txt', 'utf8')
    .replaceAll('示例市', '样板市')
    .replaceAll('2024', '2025'),
};
const seedPresent = existsSync(SEED_TABLE);
if (!seedPresent)
  console.log(`import journey: ${SEED_TABLE} is absent; importing the sample instead`);
const table = seedPresent
  ? { name: 'jiangmen-2020-jan-sep.txt', text: readFileSync(SEED_TABLE, 'utf8') }
  : ownTable;
const reading = readPlanText(table.text);

describe('importing a table through the upload screen', () => {
  let site: Site;
  let browser: Browser;
  beforeAll(async () => {
    [site, browser] = await Promise.all([startSite(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  // The documentation shows the project's own words, never the reference table's.
  it('shows the preview of the project’s own sample for the documentation', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, site, 'admin', '/import');
    await page.locator('input[type=file]').setInputFiles({
      name: ownTable.name,
      mimeType: 'text/plain',
      buffer: Buffer.from(ownTable.text),
    });
    await page.getByText(`读表提示（${readPlanText(ownTable.text).warnings.length}条）`).waitFor();
    await screenshot(page, 'import-preview');
    await page.close();
  });

  it('previews what would be created and every warning, then creates the plan', async () => {
    expect(reading.warnings.length).toBeGreaterThan(0);
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, site, 'admin', '/import');
    await page.getByRole('heading', { name: '导入进展情况表' }).waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: table.name,
      mimeType: 'text/plain',
      buffer: Buffer.from(table.text),
    });
    await page.getByText('预览：导入后将会').waitFor();
    await page.getByText(`读表提示（${reading.warnings.length}条）`).waitFor();
    for (const warning of reading.warnings)
      await expect
        .poll(() => page.getByText(warning.message, { exact: true }).count())
        .toBeGreaterThan(0);
    await page.getByText(`新建事项${reading.items.length}项`, { exact: false }).waitFor();
    // The preview wrote nothing.
    expect((await callApi(site, 'admin', 'GET', '/api/plans')).body).toHaveLength(1);

    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByText(/^已导入：/).waitFor();
    const plans = (await callApi(site, 'admin', 'GET', '/api/plans')).body;
    expect(plans).toHaveLength(2);
    await page.getByRole('link', { name: '查看事项' }).click();
    await page.getByText(`共${reading.items.length}项`).waitFor();
    await page.close();
  });
});
