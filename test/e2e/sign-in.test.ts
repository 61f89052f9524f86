/** A person opens the office app, signs in, finds the plans, and reads it in English. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../server/harness.ts';
import { DESKTOP, launchBrowser, PHONE, screenshot } from './browser.ts';
import { type Site, startSite } from './site.ts';

describe('signing in to the office app', () => {
  let site: Site;
  let browser: Browser;
  beforeAll(async () => {
    [site, browser] = await Promise.all([startSite(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('sends a visitor to the login page and back to where they were going', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${site.url}/plans`);
    await page.getByLabel('用户名').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('wrong password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => page.getByText('用户名或密码错误').count()).toBe(1);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('示例市2024年十件民生实事').waitFor();
    expect(new URL(page.url()).pathname).toBe('/plans');
    await page.close();
  });

  it('switches the whole interface to English and keeps the choice', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.url}/login`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('User name').fill('health');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // A unit starts on its reports of the period.
    await page.getByRole('heading', { name: 'Reports due this period' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Reports due this period' }).waitFor();
    await screenshot(page, 'plans-375-en');
    await context.close();
  });
});
