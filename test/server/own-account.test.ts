/**
 * What the account screens rely on, on both engines: one's own sessions and signing out the
 * others; turning one's authenticator off with a code; TOTP secrets sealed at rest (and those
 * stored in clear before sealing sealed at start); settings saved with the version read, a stale
 * save refused with 409 and nothing changed.
 */
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { type TestClock, testClock } from '../factories/clock.ts';
import { ENGINES } from '../factories/db.ts';
import { type Api, login, PASSWORD, startApi } from './harness.ts';

describe.each(ENGINES)('own account and settings screens on %s', (engine) => {
  let api: Api;
  let time: TestClock;
  beforeAll(async () => {
    time = testClock();
    api = await startApi(engine, { clock: time });
  });
  afterAll(() => api.close());

  const epoch = () => Math.floor(time.now().getTime() / 1000);
  const as = (session: { cookie: string; csrf: string }) => ({
    cookie: session.cookie,
    'x-csrf-token': session.csrf,
  });
  const storedTotp = (name: string) =>
    api.t.db
      .selectFrom('users')
      .select(['totp_secret', 'totp_pending'])
      .where('name', '=', name)
      .executeTakeFirstOrThrow();

  it('lists one’s own sessions, marks this one, and signs out the others', async () => {
    const other = await login(api.app, 'deputy');
    const here = await login(api.app, 'deputy');
    const list = await api.app.inject({
      method: 'GET',
      url: '/api/auth/sessions',
      headers: as(here),
    });
    expect(list.statusCode).toBe(200);
    const sessions = list.json();
    expect(sessions.length).toBeGreaterThanOrEqual(3);
    expect(sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(new Set(sessions.map((s: { userName: string }) => s.userName))).toEqual(
      new Set(['deputy']),
    );
    const end = await api.app.inject({
      method: 'POST',
      url: '/api/auth/sessions/end-others',
      headers: as(here),
    });
    expect(end.json()).toEqual({ ended: sessions.length - 1 });
    const me = (s: typeof here) =>
      api.app.inject({ method: 'GET', url: '/api/auth/me', headers: as(s) });
    expect((await me(other)).json().role).toBe('public');
    expect((await me(here)).json().name).toBe('deputy');
    const audit = await api.t.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'session.end_others')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('keeps the TOTP secret sealed and turns it off only with a current code', async () => {
    const session = await login(api.app, 'secadmin');
    const enrol = await api.app.inject({
      method: 'POST',
      url: '/api/auth/totp',
      headers: as(session),
    });
    const { secret } = enrol.json();
    const pending = (await storedTotp('secadmin')).totp_pending ?? '';
    expect(pending).toMatch(/^v1:/);
    expect(pending).not.toContain(secret);
    const confirm = await api.app.inject({
      method: 'POST',
      url: '/api/auth/totp/confirm',
      headers: as(session),
      payload: { code: await generate({ secret, epoch: epoch() }) },
    });
    expect(confirm.statusCode).toBe(204);
    expect((await storedTotp('secadmin')).totp_secret).toMatch(/^v1:/);

    time.advance(1);
    const wrong = await api.app.inject({
      method: 'POST',
      url: '/api/auth/totp/disable',
      headers: as(session),
      payload: { code: '000000' },
    });
    expect(wrong.json().error.code).toBe('totp_failed');
    expect((await storedTotp('secadmin')).totp_secret).not.toBeNull();
    const off = await api.app.inject({
      method: 'POST',
      url: '/api/auth/totp/disable',
      headers: as(session),
      payload: { code: await generate({ secret, epoch: epoch() }) },
    });
    expect(off.statusCode).toBe(204);
    expect(await storedTotp('secadmin')).toEqual({ totp_secret: null, totp_pending: null });
    const again = await api.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { name: 'secadmin', password: PASSWORD },
    });
    expect(again.json().totpEnabled).toBe(false);
  });

  it('seals secrets stored in clear before sealing at start, and sign-in still takes their codes', async () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await api.t.db
      .updateTable('users')
      .set({ totp_secret: secret, totp_last_step: null })
      .where('name', '=', 'auditor')
      .execute();
    const restarted = await buildApp({
      store: api.t,
      dataDir: api.dataDir,
      docs: false,
      clock: time,
    });
    try {
      const stored = (await storedTotp('auditor')).totp_secret ?? '';
      expect(stored).toMatch(/^v1:/);
      expect(stored).not.toContain(secret);
      time.advance(1);
      const signIn = await restarted.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: {
          name: 'auditor',
          password: PASSWORD,
          totp: await generate({ secret, epoch: epoch() }),
        },
      });
      expect(signIn.statusCode).toBe(200);
      expect(signIn.json().totpEnabled).toBe(true);
    } finally {
      await restarted.close();
    }
  });

  it('describes each setting by its schema and refuses a stale save with 409', async () => {
    const list = (await api.call('sysadmin', 'GET', '/api/settings')).json();
    const idle = list.find((s: { key: string }) => s.key === 'auth.session.idleMinutes');
    expect(idle).toMatchObject({ value: 30, default: 30, version: 0 });
    expect(idle.schema).toMatchObject({ type: 'integer', minimum: 5, maximum: 480 });
    const save = (value: number, version: number) =>
      api.call('sysadmin', 'PUT', '/api/settings', {
        values: { 'auth.session.idleMinutes': value },
        versions: { 'auth.session.idleMinutes': version },
      });
    const first = await save(20, 0);
    expect(first.status).toBe(200);
    const saved = first.json().find((s: { key: string }) => s.key === 'auth.session.idleMinutes');
    expect(saved).toMatchObject({ value: 20, version: 1 });
    const stale = await save(45, 0);
    expect(stale.status).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect((await save(25, 1)).status).toBe(200);
    const after = (await api.call('sysadmin', 'GET', '/api/settings')).json();
    expect(after.find((s: { key: string }) => s.key === 'auth.session.idleMinutes')).toMatchObject({
      value: 25,
      version: 2,
    });
    expect(
      (await api.call('admin', 'PUT', '/api/settings', { values: {}, versions: {} })).status,
    ).toBe(403);
  });
});
