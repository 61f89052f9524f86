/**
 * Sign-in controls on both engines: lockout after 5 failures in 15 minutes (unlocked by the
 * security administrator or by time), the failure window, the idle and absolute session ends,
 * expired sessions purged, the TOTP second factor, and every attempt audited with its address.
 */
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeExpiredSessions } from '../../src/server/services/session.service.ts';
import { type TestClock, testClock } from '../factories/clock.ts';
import { ENGINES } from '../factories/db.ts';
import { userId } from './fixtures.ts';
import { type Api, login, PASSWORD, startApi } from './harness.ts';

describe.each(ENGINES)('sign-in controls on %s', (engine) => {
  let api: Api;
  let time: TestClock;
  beforeAll(async () => {
    time = testClock();
    api = await startApi(engine, { clock: time });
  });
  afterAll(async () => {
    await api?.close();
  });

  const attempt = (name: string, password: string, totp?: string) =>
    api.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { name, password, ...(totp === undefined ? {} : { totp }) },
    });
  const code = async (name: string, password: string, totp?: string) =>
    (await attempt(name, password, totp)).json().error?.code ?? 'ok';
  /** Calls as a fresh session of the security administrator (sessions may have idled out). */
  const asSecadmin = async (method: 'POST' | 'GET' | 'DELETE', url: string) => {
    const s = await login(api.app, 'secadmin');
    return api.app.inject({ method, url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } });
  };

  it('locks an account after 5 failures, refuses even the right password, and the security administrator unlocks it', async () => {
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push(await code('civil', 'Wrong guess 123'));
    expect(codes).toEqual([
      'login_failed',
      'login_failed',
      'login_failed',
      'login_failed',
      'account_locked',
    ]);
    const locked = await attempt('civil', PASSWORD);
    expect(locked.statusCode).toBe(401);
    expect(locked.json().error).toMatchObject({
      code: 'account_locked',
      message: expect.stringContaining('锁定'),
      messageEn: expect.stringContaining('locked'),
    });
    const unlocked = await asSecadmin('POST', `/api/users/${await userId(api, 'civil')}/unlock`);
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json()).toMatchObject({ lockedUntil: null, failedLogins: 0 });
    expect(await code('civil', PASSWORD)).toBe('ok');
  });

  it('counts failures within the window only, and a lock ends by itself after its duration', async () => {
    for (let i = 0; i < 4; i++)
      expect(await code('leader', 'Wrong guess 123')).toBe('login_failed');
    time.advance(16); // the 4 failures leave the 15-minute window
    for (let i = 0; i < 4; i++)
      expect(await code('leader', 'Wrong guess 123')).toBe('login_failed');
    expect(await code('leader', 'Wrong guess 123')).toBe('account_locked');
    time.advance(14);
    expect(await code('leader', PASSWORD)).toBe('account_locked');
    time.advance(2);
    expect(await code('leader', PASSWORD)).toBe('ok');
  });

  it('audits every attempt with the client address, and the lock', async () => {
    const events = await api.t.db
      .selectFrom('audit_events')
      .select(['action', 'actor', 'address', 'after'])
      .where('actor', 'in', ['civil', 'system'])
      .orderBy('seq')
      .execute();
    const actions = events.map((e) => e.action);
    expect(actions.filter((a) => a === 'auth.login_failed').length).toBeGreaterThanOrEqual(6);
    expect(actions).toContain('user.lock');
    expect(actions).toContain('auth.login');
    const failure = events.find((e) => e.action === 'auth.login_failed');
    expect(failure?.address).toBe('127.0.0.1');
  });

  it('ends a session idle for 30 minutes, and one older than 12 hours however used', async () => {
    const session = await login(api.app, 'health');
    const me = async () =>
      (
        await api.app.inject({
          method: 'GET',
          url: '/api/auth/me',
          headers: { cookie: session.cookie },
        })
      ).json().role;
    for (let i = 0; i < 4; i++) {
      time.advance(25); // used every 25 minutes: never idle for 30
      expect(await me()).toBe('reporter');
    }
    time.advance(31);
    expect(await me()).toBe('public');

    const busy = await login(api.app, 'health');
    const busyMe = async () =>
      (
        await api.app.inject({
          method: 'GET',
          url: '/api/auth/me',
          headers: { cookie: busy.cookie },
        })
      ).json().role;
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      time.advance(20);
      expect(await busyMe()).toBe('reporter');
    }
    time.advance(20);
    expect(await busyMe()).toBe('public');
  });

  it('purges expired sessions', async () => {
    await login(api.app, 'health');
    const count = async () =>
      Number(
        (
          await api.t.db
            .selectFrom('sessions')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count()).toBeGreaterThan(0);
    time.advance(31);
    expect(await purgeExpiredSessions(api.t.db, time.now())).toBeGreaterThan(0);
    expect(await count()).toBe(0);
  });

  it('asks an administrator with an authenticator for a code, once per code', async () => {
    const session = await login(api.app, 'auditor');
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
    const enrol = await api.app.inject({ method: 'POST', url: '/api/auth/totp', headers });
    expect(enrol.statusCode).toBe(200);
    const { secret, otpauthUrl } = enrol.json();
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Minsheng:auditor\?/);
    const at = () => Math.floor(time.now().getTime() / 1000);
    const wrongConfirm = await api.app.inject({
      method: 'POST',
      url: '/api/auth/totp/confirm',
      headers,
      payload: { code: '000000' },
    });
    expect(wrongConfirm.json().error.code).toBe('totp_failed');
    const confirm = await api.app.inject({
      method: 'POST',
      url: '/api/auth/totp/confirm',
      headers,
      payload: { code: await generate({ secret, epoch: at() }) },
    });
    expect(confirm.statusCode).toBe(204);

    time.advance(1);
    expect(await code('auditor', PASSWORD)).toBe('totp_required');
    expect(await code('auditor', 'Wrong guess 123', '123456')).toBe('login_failed');
    expect(await code('auditor', PASSWORD, '12345')).toBe('totp_failed');
    const totp = await generate({ secret, epoch: at() });
    const ok = await attempt('auditor', PASSWORD, totp);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ role: 'auditor', totpEnabled: true });
    expect(await code('auditor', PASSWORD, totp)).toBe('totp_failed'); // replayed

    const reset = await asSecadmin('DELETE', `/api/users/${await userId(api, 'auditor')}/totp`);
    expect(reset.statusCode).toBe(204);
    expect(await code('auditor', PASSWORD)).toBe('ok');
  });

  it('offers the second factor to the office and administrators only', async () => {
    const session = await login(api.app, 'health');
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/auth/totp',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
  });

  it('asks for a new password once the old one is older than 90 days', async () => {
    time.advance(91 * 24 * 60);
    const session = await login(api.app, 'deputy');
    const plans = await api.app.inject({
      method: 'GET',
      url: '/api/plans',
      headers: { cookie: session.cookie },
    });
    expect(plans.json().error.code).toBe('password_change_required');
    const me = await api.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: session.cookie },
    });
    expect(me.json()).toMatchObject({ role: 'deputy', mustChangePassword: true });
  });

  it('tells a reporter its unit', async () => {
    const session = await login(api.app, 'health');
    const me = await api.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: session.cookie },
    });
    expect(me.json()).toMatchObject({
      role: 'reporter',
      unitName: '市卫生健康局',
      mustChangePassword: true, // 91 days have passed in this suite
      totpEnabled: false,
    });
  });
});
