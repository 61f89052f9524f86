/**
 * The office opens the cockpit and sees, first, the sample plan's items whose label says on
 * schedule while the figures say behind — the items `minsheng check` names — with the deciding
 * figures; it follows one to its page, changes the period (the address and the back button
 * follow), and reads it all in English. SQLite and PostgreSQL.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlanDocument, readPlanText } from '../../src/core/read-plan.ts';
import { ENGINES } from '../factories/db.ts';
import { DESKTOP, launchBrowser, PHONE, screenshot } from './browser.ts';
import { type Site, startSite } from './site.ts';
import { choose, signIn } from './steps.ts';

/** What `minsheng check samples/shiyi-2024-jan-sep.txt` lists as discrepancies. */
const lagging = buildPlanDocument(
  readPlanText(readFileSync('samples/shiyi-2024-jan-sep.txt', 'utf8')),
).items.filter((i) => i.discrepancy !== null);

describe.each(ENGINES)('the cockpit on %s', (engine) => {
  let site: Site;
  let browser: Browser;
  beforeAll(async () => {
    [site, browser] = await Promise.all([startSite(engine), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('lists first the items whose figures contradict their label, with the deciding figures', async () => {
    expect(lagging.map((i) => i.no)).toEqual(['3', '6']);
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, site, 'admin');
    expect(new URL(page.url()).pathname).toBe('/cockpit');
    const list = page.locator('.ms-discrepancies');
    await list.getByText(`自报按进度，但数据显示滞后（${lagging.length}项）`).waitFor();
    for (const item of lagging) {
      const deciding = item.indicators.find((x) => x.what === item.assessment.decidedBy);
      await expect.poll(() => list.getByRole('link', { name: `第${item.no}项` }).count()).toBe(1);
      await expect
        .poll(() =>
          list.getByText(`${deciding?.what}：完成${deciding?.actual}${deciding?.unit}`).count(),
        )
        .toBe(1);
    }
    // Status in words beside the chart, never colour alone.
    await expect.poll(() => page.locator('.ms-counts').textContent()).toContain('滞后 3项');
    if (engine === 'sqlite') await screenshot(page, 'cockpit');
    await page.close();
  });

  it('follows an item to its page and back; the period is in the address', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, site, 'admin', '/cockpit');
    await page.locator('.ms-discrepancies').getByRole('link', { name: '第3项' }).click();
    await page.getByRole('heading', { name: /第3项/ }).waitFor();
    await page.locator('mark', { hasText: '120公里' }).first().waitFor();
    await page.getByText('按当前进度年底预计').first().waitFor();
    if (engine === 'sqlite') await screenshot(page, 'item-page');
    await page.goBack();
    await page.locator('.ms-discrepancies').waitFor();
    await choose(page, '报告期', '1-6月');
    await expect.poll(() => new URL(page.url()).searchParams.get('period')).not.toBeNull();
    await page.getByText(/1-6月，截至2024年6月30日/).waitFor();
    await page.goBack();
    await page.getByText(/1-9月，截至2024年9月30日/).waitFor();
    await page.close();
  });

  it('reads in English after the switch, on a phone too', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, site, 'leader', '/cockpit');
    await page.getByRole('heading', { name: '驾驶舱' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Cockpit' }).waitFor();
    // The discrepancies of the plan (items 3 and 6) are another leader's; his own items agree.
    await page.getByText('No item reports a status its figures contradict.').waitFor();
    expect(await page.getByText('驾驶舱').count()).toBe(0);
    if (engine === 'sqlite') await screenshot(page, 'cockpit-375-en');
    await context.close();
  });
});
