/**
 * The month's cycle between a unit and the office: a unit's submitted report waits in the
 * office's queue; the office returns it with a comment; the unit reads the comment, corrects
 * and resubmits; the office approves and publishes the period, and the public can read it.
 * SQLite and PostgreSQL.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../factories/db.ts';
import { DESKTOP, launchBrowser, PHONE, screenshot } from './browser.ts';
import { type Site, startSite } from './site.ts';
import { callApi, openOctober, signIn } from './steps.ts';

describe.each(ENGINES)('return, resubmit, approve and publish on %s', (engine) => {
  let site: Site;
  let browser: Browser;
  let periodId: number;
  let reportId: number;
  beforeAll(async () => {
    [site, browser] = await Promise.all([startSite(engine), launchBrowser()]);
    periodId = await openOctober(site);
    // The unit has filed item 6 (filing itself is the reporter's own journey).
    const created = await callApi(site, 'civil', 'POST', '/api/reports', {
      itemId: 6,
      periodId,
      statusLabel: '进度滞后',
      points: ['目前已建成社区长者饭堂12家。', '已完成特殊困难老年人家庭适老化改造1320户。'],
    });
    reportId = created.body.id;
    await callApi(site, 'civil', 'POST', `/api/reports/${reportId}/submit`, { version: 1 });
    // Later another unit files item 1, its label contradicted by its figures, with its reason.
    const other = await callApi(site, 'health', 'POST', '/api/reports', {
      itemId: 1,
      periodId,
      statusLabel: '按进度完成',
      points: [
        '已完成6家乡镇卫生院标准化改造。',
        '截至10月底，全市为65岁以上老年人免费体检3.1万人次。',
      ],
      explanation: '其余2家已完工，11月上旬验收后计入。',
    });
    await callApi(site, 'health', 'POST', `/api/reports/${other.body.id}/submit`, { version: 1 });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('goes back to the unit with a comment, comes back corrected, and is published', async () => {
    const office = await browser.newPage({ viewport: DESKTOP });
    await signIn(office, site, 'admin', '/review');
    await office.getByText('待审核（2份，先到先审）').waitFor();
    // Oldest first: item 6 arrived before item 1.
    const queued = await office.locator('.ms-queue-item strong').allTextContents();
    expect(queued).toEqual(['第6项', '第1项']);
    await office.getByText('自报与数据不符（已说明原因）').waitFor();
    if (engine === 'sqlite') await screenshot(office, 'review-queue');
    await office.getByRole('button', { name: '审核 第6项' }).click();
    await office.getByText('审核：第6项（1-10月）').waitFor();
    await office.getByRole('button', { name: '退回修改' }).click();
    const comment = '请补充长者饭堂的具体地点和开业时间。';
    await office.getByLabel('退回意见').fill(comment);
    await office.locator('.ant-modal').getByRole('button', { name: '退回修改' }).click();
    await office.getByText('已退回单位').waitFor();
    await office.getByText('待审核（1份，先到先审）').waitFor();

    const unit = await (await browser.newContext({ viewport: PHONE })).newPage();
    await signIn(unit, site, 'civil');
    const item6 = unit.locator('.ms-my-item', { hasText: '第6项' });
    await item6.getByText(`退回意见：${comment}`).waitFor();
    await item6.getByRole('button', { name: '修改后重新报送' }).click();
    await unit.getByText(comment).waitFor();
    await unit.getByRole('button', { name: '增加一点' }).click();
    await unit
      .getByLabel('第3点', { exact: true })
      .fill('新开业的长者饭堂位于各区街道综合服务中心，均于9月底前开业。');
    await unit.getByRole('button', { name: '提交报送' }).click();
    await unit.waitForURL((url) => url.pathname === '/reporting');
    await item6.getByText('已报送').waitFor();

    await office.reload();
    await office.getByText('待审核（2份，先到先审）').waitFor();
    await office.getByRole('button', { name: '审核 第6项' }).click();
    await office.getByText('新开业的长者饭堂位于各区街道综合服务中心').waitFor();
    await office.getByRole('button', { name: '审核通过' }).click();
    await office.getByText('已审核通过').waitFor();
    expect((await callApi(site, 'admin', 'GET', `/api/reports/${reportId}`)).body.state).toBe(
      'approved',
    );

    // Nothing of the period is public until the office publishes it: an anonymous reader is
    // sent to the public twin, which answers as for an id never used.
    const before = await office.request.get(`${site.url}/api/reports/${reportId}`, {
      headers: { cookie: '' },
    });
    expect(before.status()).toBe(404);
    await office.getByText('已审核待发布：1份').waitFor();
    await office.getByRole('button', { name: '发布本期' }).click();
    await office.locator('.ant-modal-confirm').getByRole('button', { name: '发布本期' }).click();
    await office.getByText('已发布1份报告，另有1份尚未审核。').waitFor();
    const anonymous = await browser.newContext();
    const after = await anonymous.request.get(`${site.url}/api/reports/${reportId}`);
    expect(after.status()).toBe(200);
    expect(new URL(after.url()).pathname).toBe(`/api/public/reports/${reportId}`);
    expect((await after.json()).period.label).toBe('1-10月');
    await anonymous.close();

    const versions = (await callApi(site, 'admin', 'GET', `/api/reports/${reportId}/versions`))
      .body;
    expect(versions.map((v: { state: string }) => v.state)).toEqual([
      'draft',
      'submitted',
      'returned',
      'draft',
      'submitted',
      'approved',
      'published',
    ]);
    await unit.context().close();
    await office.close();
  });
});
