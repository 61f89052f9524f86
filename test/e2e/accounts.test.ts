/**
 * Accounts in a real browser, from a fresh install: the first administrators sign in with the
 * one-time passwords `serve` prints and are made to change them first; the office adds an
 * authenticator (codes computed here with otplib) and signs in again with a code; the system
 * administrator creates a unit reporter, who must change the temporary password at first
 * sign-in and whose ended session lands on the login page saying why; the auditor verifies the
 * hash chain. Each role sees only its own screens.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { loadDemoIfEmpty } from '../../src/server/demo/load-demo.ts';
import { ensureAdministrators } from '../../src/server/services/user.service.ts';
import { createTestDb } from '../factories/db.ts';
import { DESKTOP, launchBrowser, PHONE, screenshot } from './browser.ts';
import type { Site } from './site.ts';
import { choose } from './steps.ts';

/** Passwords the first accounts choose (they keep the rules: ≥10 characters, 3 kinds). */
const CHOSEN = 'Spring river 2024!';

/** A site as `npm start` makes it on an empty database: the demo plan and the first accounts. */
async function startFreshSite(): Promise<Site & { first: Record<string, string> }> {
  const t = await createTestDb('sqlite');
  await loadDemoIfEmpty(t);
  const first = Object.fromEntries(
    (await ensureAdministrators(t.db)).map((a) => [a.name, a.password]),
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'minsheng-site-'));
  const app = await buildApp({ store: t, loginRateLimit: 1000, docs: false, dataDir });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    t,
    app,
    first,
    close: async () => {
      await app.close();
      await t.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const signInButton = (page: Page) => page.getByRole('button', { name: /^登\s*录$/ });

async function enterPassword(page: Page, site: Site, name: string, password: string) {
  await page.goto(`${site.url}/login`);
  await page.getByLabel('用户名').fill(name);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await signInButton(page).click();
}

/** Signs in with a one-time password and goes through the forced change; ends on the start page. */
async function firstSignIn(page: Page, site: Site, name: string, temporary: string) {
  await enterPassword(page, site, name, temporary);
  await page.getByRole('heading', { name: '请先修改密码' }).waitFor();
  await page.getByLabel('当前密码').fill(temporary);
  await page.getByLabel('新密码', { exact: true }).fill(CHOSEN);
  await page.getByLabel('再次输入新密码').fill(CHOSEN);
  await page.getByRole('button', { name: '修改密码' }).click();
  await page.waitForURL((url) => url.pathname !== '/login' && url.pathname !== '/');
}

const menu = (page: Page) => page.locator('.ant-layout-sider .ant-menu-item').allTextContents();

describe('accounts in the office app', () => {
  let site: Site & { first: Record<string, string> };
  let browser: Browser;
  beforeAll(async () => {
    [site, browser] = await Promise.all([startFreshSite(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const userIdOf = async (name: string) =>
    (
      await site.t.db
        .selectFrom('users')
        .select('id')
        .where('name', '=', name)
        .executeTakeFirstOrThrow()
    ).id;

  it('makes the first admin change the initial password, then enrol an authenticator and sign in with its code', async () => {
    const temporary = site.first.admin ?? '';
    const page = await browser.newPage({ viewport: DESKTOP });
    await enterPassword(page, site, 'admin', temporary);
    await page.getByRole('heading', { name: '请先修改密码' }).waitFor();
    // Nothing else opens before the change: the app sends every page back here.
    await page.goto(`${site.url}/items`);
    await page.getByRole('heading', { name: '请先修改密码' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    // The rules are shown, and a refusal explains which one failed.
    await page.getByText('包含大写字母、小写字母、数字、符号中的至少三类').waitFor();
    await page.getByLabel('当前密码').fill(temporary);
    await page.getByLabel('新密码', { exact: true }).fill('onlylowercaseletters');
    await page.getByLabel('再次输入新密码').fill('onlylowercaseletters');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('密码太简单').waitFor();
    await page.getByLabel('新密码', { exact: true }).fill(CHOSEN);
    await page.getByLabel('再次输入新密码').fill(CHOSEN);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.waitForURL((url) => url.pathname === '/items');

    await page.goto(`${site.url}/account`);
    await page.getByRole('button', { name: '绑定身份验证器' }).click();
    const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expect
      .poll(() => page.getByRole('img', { name: '身份验证器二维码' }).getAttribute('src'))
      .toMatch(/^data:image\/png;base64,/);
    const now = Math.floor(Date.now() / 1000);
    await page.getByLabel('6位动态码').fill(await generate({ secret, epoch: now }));
    await page.getByRole('button', { name: '确认绑定' }).click();
    await page.getByText('已启用：登录时除密码外还须输入').waitFor();
    await screenshot(page, 'account-desktop');

    await page.getByRole('button', { name: /admin/ }).hover();
    await page.getByText('退出登录').click();
    await page.waitForURL((url) => url.pathname === '/login');
    await enterPassword(page, site, 'admin', CHOSEN);
    await page.getByText('此账号已启用两步验证').waitFor();
    // The code of the next 30-second step: the one used to confirm is accepted only once.
    await page.getByLabel('动态码').fill(await generate({ secret, epoch: now + 30 }));
    await signInButton(page).click();
    await page.waitForURL((url) => url.pathname === '/cockpit');
    await page.close();
  });

  it('lets the system administrator create a reporter who must change the password at first sign-in', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await firstSignIn(page, site, 'sysadmin', site.first.sysadmin ?? '');
    expect(new URL(page.url()).pathname).toBe('/users');
    expect(await menu(page)).toEqual(['用户管理', '系统设置', '我的账号']);
    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名').fill('wsj-li');
    // A unit the directory lacks is refused with the close names, never created silently.
    const unit = dialog.getByRole('combobox', { name: '单位' });
    await unit.fill('市卫生健康');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText(/没有名为“市卫生健康”的单位。是否是：.*市卫生健康局/).waitFor();
    await unit.fill('市卫生健康局');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const temporary = (await page.getByTestId('temporary-password').textContent())?.trim() ?? '';
    expect(temporary.length).toBeGreaterThanOrEqual(10);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /关\s*闭/ })
      .first()
      .click();
    const row = page.getByRole('row', { name: /wsj-li/ });
    await row.getByText('须修改密码').waitFor();
    await row.getByText('市卫生健康局').waitFor();
    await row.getByRole('button', { name: '调整单位' }).click();
    await page.getByRole('dialog').getByLabel('单位').fill('市民政局');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await row.getByText('市民政局').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // The auditor's screen is not the system administrator's.
    await page.goto(`${site.url}/audit`);
    await page.getByText('页面不存在').waitFor();

    // Settings: a field per setting with its default; a save that someone else overtook is refused.
    await page.goto(`${site.url}/settings`);
    const idle = page.getByRole('spinbutton', { name: '会话空闲超时（分钟）' });
    await idle.fill('20');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('已保存1项设置').waitFor();
    await expect.poll(() => idle.inputValue()).toBe('20');
    await site.t.db
      .updateTable('settings')
      .set((eb) => ({ version: eb('version', '+', 1), value: '25' }))
      .where('key', '=', 'auth.session.idleMinutes')
      .execute();
    await idle.fill('45');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('设置已被他人修改').waitFor();
    await expect.poll(() => idle.inputValue()).toBe('25');
    await screenshot(page, 'settings-desktop');
    await page.close();

    const phone = await browser.newContext({ viewport: PHONE });
    const reporter = await phone.newPage();
    await firstSignIn(reporter, site, 'wsj-li', temporary);
    expect(new URL(reporter.url()).pathname).toBe('/reporting');
    // The server ends the session (as the idle timeout does): the next page is the login page,
    // saying why.
    await site.t.db
      .deleteFrom('sessions')
      .where('user_id', '=', await userIdOf('wsj-li'))
      .execute();
    await reporter.goto(`${site.url}/account`);
    await reporter.getByText('登录已结束（长时间未操作').waitFor();
    expect(new URL(reporter.url()).pathname).toBe('/login');
    await phone.close();
  });

  it('lets the auditor verify the chain and read the log, at desktop and phone width', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await firstSignIn(page, site, 'auditor', site.first.auditor ?? '');
    expect(new URL(page.url()).pathname).toBe('/audit');
    await page.getByRole('button', { name: '校验哈希链' }).click();
    await page.getByText(/哈希链完整：校验了\d+条事件/).waitFor();
    await page.getByRole('cell', { name: 'user.create' }).first().waitFor();
    await screenshot(page, 'audit-desktop');
    await page.setViewportSize(PHONE);
    await page.getByRole('cell', { name: 'user.create' }).first().waitFor();
    await screenshot(page, 'audit-375');
    await page.close();

    const phone = await browser.newContext({ viewport: PHONE });
    const small = await phone.newPage();
    await firstSignIn(small, site, 'secadmin', site.first.secadmin ?? '');
    expect(new URL(small.url()).pathname).toBe('/sessions');
    await small.getByRole('heading', { name: '在线会话' }).waitFor();
    // Roles are the security administrator's: asked once more, then changed.
    await choose(small, '角色 wsj-li', '人大代表');
    const ask = small.locator('.ant-modal-confirm', { hasText: '将“wsj-li”的角色改为人大代表？' });
    await ask.getByRole('button', { name: /保\s*存/ }).click();
    await small.getByText('角色已变更').waitFor();
    await expect.poll(() => small.locator('.ant-modal-mask:visible').count()).toBe(0);
    await screenshot(small, 'sessions-375');
    await small.goto(`${site.url}/account`);
    await small.getByRole('heading', { name: '修改密码' }).waitFor();
    await screenshot(small, 'account-375');
    await phone.close();
  });
});
