/**
 * The public proposal form keeps the public comment's limits (issue 10): same origin, the page's
 * token, blocked words, a contact that is a phone or an e-mail and is stored sealed; it takes
 * proposals only inside the year's collection window; the office enters letters and calls.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../src/server/policies/actor.ts';
import { formToken, tokenSlot } from '../../src/server/services/form-token.ts';
import { updateSettings } from '../../src/server/services/settings.service.ts';
import { siteKey } from '../../src/server/services/site-key.ts';
import { testClock } from '../factories/clock.ts';
import { ENGINES } from '../factories/db.ts';
import { postProposalForm } from './congress-fixtures.ts';
import { type Api, startApi } from './harness.ts';
import { fetchPublic } from './public-fixtures.ts';

describe.each(ENGINES)('public proposals on %s', (engine) => {
  let api: Api;
  const clock = testClock('2025-08-20T02:00:00Z');
  const proposal = {
    title: '增设公交线路',
    body: '新区到医院没有直达公交。',
    contact: '13900001111',
  };

  beforeAll(async () => {
    api = await startApi(engine, { clock });
    await updateSettings(api.t.db, SYSTEM, { 'public.blockedWords': ['违禁词'] });
    const set = await api.call('admin', 'PUT', '/api/congress/windows/2026', {
      opensOn: '2025-09-01',
      closesOn: '2025-10-31',
    });
    expect(set.status).toBe(200);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('takes no proposal before the window opens, and says so', async () => {
    const page = await fetchPublic(api, '/p/proposals/new');
    expect(page.body).toContain('目前不在建议征集期内');
    // A page kept open from an earlier window still carries a valid token.
    const token = formToken(await siteKey(api.t.db, 'public-forms'), 'proposal', tokenSlot());
    const sent = await postProposalForm(api, { ...proposal, token });
    expect(sent.status).toBe(409);
    expect(sent.body).toContain('当前不在民生实事建议征集期内');
    const entered = await api.call('admin', 'POST', '/api/congress/proposals', {
      year: 2030,
      channel: 'letter',
      title: '无征集期的年度',
      body: '—',
    });
    expect(entered.status).toBe(400);
  });

  it('refuses another site, blocked words and a contact that is neither phone nor e-mail, keeping what was typed', async () => {
    clock.set('2025-09-10T02:00:00Z');
    await api.signInAgain();
    expect((await postProposalForm(api, proposal, { origin: 'https://evil.example' })).status).toBe(
      403,
    );
    const blocked = await postProposalForm(api, { ...proposal, body: '含有违禁词的内容' });
    expect(blocked.status).toBe(400);
    expect(blocked.body).toContain('含有不允许发布的词语');
    expect(blocked.body).toContain('增设公交线路');
    const badContact = await postProposalForm(api, { ...proposal, contact: 'javascript:alert(1)' });
    expect(badContact.status).toBe(400);
    expect((await api.call('admin', 'GET', '/api/congress/proposals?year=2026')).json()).toEqual(
      [],
    );
  });

  it('stores the contact sealed, gives a tracking number, and enters letters by the office', async () => {
    const sent = await postProposalForm(api, proposal);
    expect(sent.status).toBe(303);
    const row = await api.t.db
      .selectFrom('proposals')
      .selectAll()
      .where('tracking_number', '=', sent.trackingNumber ?? '')
      .executeTakeFirstOrThrow();
    expect(row.channel).toBe('web');
    expect(row.contact).not.toBeNull();
    expect(row.contact).not.toContain('13900001111');
    const audit = await api.t.db.selectFrom('audit_events').select('after').execute();
    expect(JSON.stringify(audit)).not.toContain('13900001111');
    const letter = await api.call('admin', 'POST', '/api/congress/proposals', {
      year: 2026,
      channel: 'letter',
      title: '修缮老街排水',
      body: '雨天老街积水严重。',
    });
    expect(letter.status).toBe(201);
    expect(letter.json().channel).toBe('letter');
    expect((await api.call('deputy', 'GET', '/api/congress/proposals?year=2026')).status).toBe(403);
    const tracked = await api.call(
      'public',
      'GET',
      `/api/public/proposals/track?no=${letter.json().trackingNumber}`,
    );
    expect(tracked.json()).toMatchObject({ stage: 'received', reason: null, candidate: null });
    expect(
      (await api.call('public', 'GET', '/api/public/proposals/track?no=P2026-00000000')).status,
    ).toBe(404);
  });
});
