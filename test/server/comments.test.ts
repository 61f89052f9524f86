/**
 * Citizens' comments: a citizen posts the form on an item page and keeps a tracking number; the
 * office approves, rejects with a reason, assigns to the lead unit, which drafts the answer, and
 * publishes it; the citizen reads the answer by the number. What a citizen writes is checked,
 * limited per address, escaped and never linked; contacts are sealed and only the office opens
 * them. On both engines.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formToken, tokenSlot } from '../../src/server/services/form-token.ts';
import { siteKey } from '../../src/server/services/site-key.ts';
import { ENGINES } from '../factories/db.ts';
import { itemId } from './fixtures.ts';
import { type Api, startApi } from './harness.ts';
import {
  commentOf,
  fetchPublic,
  moderate,
  ORIGIN,
  postComment,
  recordingNotifier,
} from './public-fixtures.ts';

const PHONE = '13800138000';

describe.each(ENGINES)("citizens' comments, on %s", (engine) => {
  let api: Api;
  let item: number;
  const notifier = recordingNotifier();
  beforeAll(async () => {
    // The posts come through a proxy on loopback that names each citizen's address.
    api = await startApi(engine, {
      trustedProxies: ['127.0.0.1'],
      app: { dataKey: randomBytes(32), citizenNotifier: notifier },
    });
    item = await itemId(api, '1');
    await api.call('sysadmin', 'PATCH', '/api/settings', { 'public.postsPerHour': 1000 });
  });
  afterAll(async () => {
    await api?.close();
  });
  const stored = (trackingNumber: string) =>
    api.t.db
      .selectFrom('comments')
      .selectAll()
      .where('tracking_number', '=', trackingNumber)
      .executeTakeFirstOrThrow();
  const itemPage = async () => (await fetchPublic(api, `/p/items/${item}`)).body;

  it('gives the citizen a tracking number and shows nothing until the office approves', async () => {
    const posted = await postComment(api, item, {
      body: '体检点周末开放吗？',
      rating: '4',
      contact: PHONE,
    });
    expect(posted.status).toBe(303);
    expect(posted.location).toMatch(/^\/p\/track\?no=C\d{4}-[0-9A-Z]{8}&sent=1$/);
    const number = posted.trackingNumber ?? '';
    const page = (await fetchPublic(api, posted.location ?? '')).body;
    expect(page).toContain('留言已提交');
    expect(page).toContain(number);
    expect(page).toContain('待审核');
    const row = await stored(number);
    expect(row).toMatchObject({ state: 'pending', rating: 4, body: '体检点周末开放吗？' });
    expect(row.contact).toMatch(/^v1:/);
    expect(row.contact).not.toContain(PHONE);
    expect(notifier.sent.at(-1)).toMatchObject({
      event: 'received',
      contact: PHONE,
      trackingNumber: number,
    });
    expect(await itemPage()).not.toContain('体检点周末开放吗？');
  });

  it('goes through the office and the lead unit to an answer the citizen reads by number', async () => {
    const { trackingNumber } = await postComment(api, item, {
      body: '家庭医生怎么签约？',
      contact: PHONE,
    });
    const number = trackingNumber ?? '';
    const queue = (who: 'health' | 'civil') =>
      api
        .call(who, 'GET', '/api/comments')
        .then((r) => r.json().map((c: { trackingNumber: string }) => c.trackingNumber));
    expect(await queue('health')).not.toContain(number);
    expect((await moderate(api, number, 'approve')).json()).toMatchObject({ state: 'approved' });
    const assigned = (await moderate(api, number, 'assign')).json();
    expect(assigned.assignedUnit.name).toBe('市卫生健康局');
    expect(await queue('health')).toContain(number);
    expect(await queue('civil')).not.toContain(number);
    expect((await moderate(api, number, 'draft', { text: '草稿' }, 'civil')).status).toBe(403);
    expect((await moderate(api, number, 'answer', {}, 'health')).status).toBe(403);
    const text = '可到就近社区卫生服务中心签约，也可在“健康”公众号办理。';
    expect((await moderate(api, number, 'draft', { text }, 'health')).json().draft.text).toBe(text);
    const answered = (await moderate(api, number, 'answer')).json();
    expect(answered.answer.text).toBe(text);
    expect(notifier.sent.at(-1)).toMatchObject({
      event: 'answered',
      contact: PHONE,
      trackingNumber: number,
    });
    const tracked = (await fetchPublic(api, `/api/public/comments/${number.toLowerCase()}`)).json();
    expect(tracked).toMatchObject({ status: 'approved', answer: { text } });
    const page = await itemPage();
    expect(page).toContain('家庭医生怎么签约？');
    expect(page).toContain(text);
    expect(page).toMatch(/答复（\d{4}年\d{1,2}月\d{1,2}日）/);
    const { id } = await commentOf(api, number);
    const audit = (
      await api.call('admin', 'GET', `/api/audit-events?entity=comment&entityId=${id}`)
    ).json();
    expect(audit.map((e: { action: string }) => e.action).reverse()).toEqual([
      'comment.create',
      'comment.approve',
      'comment.assign',
      'comment.draft',
      'comment.answer',
    ]);
    expect(JSON.stringify(audit)).not.toContain(PHONE);
  });

  it('lets only the office open a contact, and logs that it did', async () => {
    const { trackingNumber } = await postComment(api, item, { body: '请联系我', contact: PHONE });
    const { id } = await commentOf(api, trackingNumber ?? '');
    expect((await api.call('health', 'GET', `/api/comments/${id}/contact`)).status).toBe(403);
    expect((await api.call('public', 'GET', `/api/comments/${id}/contact`)).status).toBe(401);
    expect((await api.call('admin', 'GET', `/api/comments/${id}/contact`)).json()).toEqual({
      contact: PHONE,
    });
    const audit = (
      await api.call('admin', 'GET', `/api/audit-events?entity=comment&entityId=${id}`)
    ).json();
    expect(audit[0].action).toBe('comment.contact_read');
  });

  it('tells the citizen why a comment is not shown, and shows it nowhere', async () => {
    const { trackingNumber } = await postComment(api, item, { body: '某某是坏人' });
    const number = trackingNumber ?? '';
    expect((await moderate(api, number, 'reject')).status).toBe(400);
    expect((await moderate(api, number, 'reject', { reason: '含有针对个人的言论' })).status).toBe(
      200,
    );
    const page = (await fetchPublic(api, `/p/track?no=${number}`)).body;
    expect(page).toContain('未予公开');
    expect(page).toContain('含有针对个人的言论');
    expect(await itemPage()).not.toContain('某某是坏人');
  });

  it('refuses a stale step with 409 and the current comment', async () => {
    const { trackingNumber } = await postComment(api, item, { body: '路灯坏了' });
    const { id, version } = await commentOf(api, trackingNumber ?? '');
    expect(
      (await api.call('admin', 'POST', `/api/comments/${id}/approve`, { version })).status,
    ).toBe(200);
    const stale = await api.call('admin', 'POST', `/api/comments/${id}/reject`, {
      version,
      reason: '重复',
    });
    expect(stale.status).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({
      state: 'approved',
      version: version + 1,
    });
  });

  it('lists unanswered comments oldest first', async () => {
    const list = (await api.call('admin', 'GET', '/api/comments?unanswered=true')).json();
    const times = list.map((c: { createdAt: string }) => c.createdAt);
    expect(times).toEqual([...times].sort());
    expect(list.every((c: { answer: unknown }) => c.answer === null)).toBe(true);
    expect(list.length).toBeGreaterThan(2);
  });

  it('checks what a citizen writes and keeps their text when something needs fixing', async () => {
    await api.call('sysadmin', 'PATCH', '/api/settings', { 'public.blockedWords': ['违禁词'] });
    const count = async () => (await api.t.db.selectFrom('comments').select('id').execute()).length;
    const before = await count();
    const cases: [Parameters<typeof postComment>[2], string][] = [
      [{ body: '   ' }, '请填写留言内容'],
      [{ body: '长'.repeat(1001) }, '留言内容不能超过1000个字'],
      [{ body: '这里有ＷＥＩ违禁词' }, '含有不允许发布的词语'],
      [{ body: '好', rating: '6' }, '评分须为1至5分'],
      [{ body: '好', contact: 'not a phone' }, '联系方式请填写手机号码或电子邮箱'],
    ];
    for (const [fields, message] of cases) {
      const response = await postComment(api, item, fields);
      expect(response.status, message).toBe(400);
      expect(response.body).toContain(message);
      if (fields.body.trim() && fields.body.length < 1000)
        expect(response.body).toContain(fields.body);
    }
    const english = await postComment(api, item, { body: ' ', lang: 'en' });
    expect(english.body).toContain('Enter the comment');
    expect(await count()).toBe(before);
    await api.call('sysadmin', 'PATCH', '/api/settings', { 'public.blockedWords': [] });
  });

  it("refuses a post from another site, or without the page's own fresh token", async () => {
    const cross = await postComment(
      api,
      item,
      { body: '跨站' },
      { origin: 'https://evil.example' },
    );
    expect(cross.status).toBe(403);
    expect(cross.body).toContain('请从本站页面提交');
    const referred = await postComment(
      api,
      item,
      { body: '跨站' },
      { referer: 'https://evil.example/x' },
    );
    expect(referred.status).toBe(403);
    expect((await postComment(api, item, { body: '同站', token: '' })).status).toBe(403);
    const key = await siteKey(api.t.db, 'public-forms');
    const other = formToken(key, `comment:${item + 1}`, tokenSlot());
    expect((await postComment(api, item, { body: '别处', token: other })).status).toBe(403);
    const old = formToken(key, `comment:${item}`, tokenSlot() - 8);
    const expired = await postComment(api, item, { body: '过期', token: old });
    expect(expired.status).toBe(403);
    expect(expired.body).toContain('页面已过期');
    const sameSite = await postComment(
      api,
      item,
      { body: '同站' },
      { referer: `${ORIGIN}/p/items/${item}` },
    );
    expect(sameSite.status).toBe(303);
  });

  it('limits posts per address and hour (public.postsPerHour)', async () => {
    await api.call('sysadmin', 'PATCH', '/api/settings', { 'public.postsPerHour': 2 });
    const from = { origin: ORIGIN, 'x-forwarded-for': '10.9.8.7' };
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await postComment(api, item, { body: `第${i}条` }, from)).status);
    expect(statuses).toEqual([303, 303, 429]);
    const other = await postComment(
      api,
      item,
      { body: '另一地址' },
      { ...from, 'x-forwarded-for': '10.9.8.6' },
    );
    expect(other.status).toBe(303);
    await api.call('sysadmin', 'PATCH', '/api/settings', { 'public.postsPerHour': 1000 });
  });

  it('shows markup and links in a comment and its answer as inert text', async () => {
    const attack =
      '<script>alert(1)</script><img src=x onerror=alert(2)>详见 http://evil.example/x';
    const { trackingNumber } = await postComment(api, item, { body: attack });
    const number = trackingNumber ?? '';
    await moderate(api, number, 'approve');
    await moderate(api, number, 'answer', { text: '<b onmouseover=alert(3)>已处理</b>' });
    for (const url of [`/p/items/${item}`, `/p/track?no=${number}`]) {
      const page = (await fetchPublic(api, url)).body;
      expect(page).toContain(
        '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;',
      );
      expect(page).toContain('&lt;b onmouseover=alert(3)&gt;');
      expect(page).not.toMatch(/<script|<img src=x|<b onmouseover|href="http:\/\/evil/);
    }
  });
});
