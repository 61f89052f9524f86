/** Steps the browser journeys share: signing in, choosing in an Ant Design select, API setup. */
import type { Page } from 'playwright-core';
import { login, PASSWORD } from '../server/harness.ts';
import type { Site } from './site.ts';

/** Signs in through the login page as `name` and waits for the first page after it. */
export async function signIn(page: Page, site: Site, name: string, path = '/'): Promise<void> {
  await page.goto(`${site.url}/login?next=${encodeURIComponent(path)}`);
  await page.getByLabel('用户名').fill(name);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  // The start page redirects to the role's first page: wait for that, not for "/".
  await page.waitForURL((url) => url.pathname !== '/login' && url.pathname !== '/');
}

/** Opens the select labelled `label` and picks the option showing `option`. */
export async function choose(page: Page, label: string | RegExp, option: string): Promise<void> {
  await page.getByLabel(label).first().click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

/** Calls the API as `who` (setup a journey does not walk through). */
export async function callApi(
  site: Site,
  who: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  payload?: object,
  // biome-ignore lint/suspicious/noExplicitAny: setup reads bodies loosely
): Promise<{ status: number; body: any }> {
  const session = await login(site.app, who);
  const response = await site.app.inject({
    method,
    url,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
    ...(payload ? { payload } : {}),
  });
  return { status: response.statusCode, body: response.json() };
}

/**
 * Opens a new reporting period 1-10月 of the demo plan, due in a week, with no carried-over
 * drafts (the journeys file from scratch; carrying over has its own tests); returns its id.
 */
export async function openOctober(site: Site): Promise<number> {
  const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const { body } = await callApi(site, 'admin', 'POST', '/api/plans/1/periods', {
    label: '1-10月',
    start: '2024-01-01',
    end: '2024-10-31',
    dueDate: due,
    open: true,
    carryOver: false,
  });
  return body.id;
}
