/**
 * Debian's Chromium driven by playwright-core (Playwright's own browser download cannot work
 * here), and screenshots: to a temporary folder by default, to docs/screenshots when
 * `npm run docs:screenshots` asks (tests never write tracked files on their own).
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

/** A phone (375 × 812) and an office screen. */
export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1366, height: 900 };

export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'minsheng-screenshots');

/** Saves a full-page PNG under `name` and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
