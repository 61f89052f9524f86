/**
 * Passwords on both engines: each rule refused with a message naming it, the last 5 not reused,
 * one's own change (current + new), the forced change of a password an administrator set (the
 * API refuses all but me, logout and change-password until then), and the first start's
 * accounts, each with a one-time password to change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { ensureAdministrators } from '../../src/server/services/user.service.ts';
import { createTestDb, ENGINES, type TestDb } from '../factories/db.ts';
import { type Api, login, PASSWORD, type Session, startApi } from './harness.ts';

describe.each(ENGINES)('passwords on %s', (engine) => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(engine);
  });
  afterAll(async () => {
    await api?.close();
  });
  const as = (session: Session) => ({ cookie: session.cookie, 'x-csrf-token': session.csrf });
  const change = (session: Session, current: string, password: string) =>
    api.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: as(session),
      payload: { current, password },
    });

  it.each([
    ['Short-1a', 'password_too_short', '10个字符', '10 characters'],
    ['only lower case words', 'password_too_simple', '至少三类', 'three of'],
    ['xHEALTHx-2026', 'password_contains_name', '用户名', 'user name'],
  ])('refuses %s: %s, saying which rule', async (password, code, zh, en) => {
    const session = await login(api.app, 'health');
    const response = await change(session, PASSWORD, password);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code,
      message: expect.stringContaining(zh),
      messageEn: expect.stringContaining(en),
    });
  });

  it('refuses a wrong current password', async () => {
    const session = await login(api.app, 'civil');
    const response = await change(session, 'Not the password 1', 'Brand new pass 22');
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('password_wrong');
  });

  it('refuses the last 5 passwords, accepts the sixth back; the session stays, others end', async () => {
    const session = await login(api.app, 'leader');
    const other = await login(api.app, 'leader');
    const passwords = ['Second pass 2', 'Third pass 3', 'Fourth pass 4', 'Fifth pass 5'];
    let current = PASSWORD;
    for (const next of passwords) {
      expect((await change(session, current, next)).statusCode).toBe(204);
      current = next;
    }
    const reused = await change(session, current, PASSWORD);
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error).toMatchObject({
      code: 'password_reused',
      message: expect.stringContaining('最近5次'),
    });
    expect((await change(session, current, 'Sixth pass 6')).statusCode).toBe(204);
    expect((await change(session, 'Sixth pass 6', PASSWORD)).statusCode).toBe(204);
    const me = async (s: Session) =>
      (await api.app.inject({ method: 'GET', url: '/api/auth/me', headers: as(s) })).json().role;
    expect(await me(session)).toBe('leader');
    expect(await me(other)).toBe('public');
  });

  it('makes an account the system administrator created change its password before anything else', async () => {
    const created = await api.call('sysadmin', 'POST', '/api/users', {
      name: 'newclerk',
      role: 'admin',
    });
    expect(created.status).toBe(201);
    const temporary = created.json().temporaryPassword;
    expect(created.json().user).toMatchObject({ name: 'newclerk', mustChangePassword: true });
    const session = await login(api.app, 'newclerk', temporary);
    const get = (url: string) => api.app.inject({ method: 'GET', url, headers: as(session) });
    const refused = await get('/api/plans');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({
      code: 'password_change_required',
      message: expect.stringContaining('修改密码'),
    });
    expect((await get('/api/audit-events')).json().error.code).toBe('password_change_required');
    expect((await get('/api/auth/me')).json()).toMatchObject({ mustChangePassword: true });
    expect((await change(session, temporary, 'My own pass 2026')).statusCode).toBe(204);
    expect((await get('/api/plans')).statusCode).toBe(200);
    expect((await get('/api/auth/me')).json().mustChangePassword).toBe(false);

    const reset = await api.call(
      'sysadmin',
      'POST',
      `/api/users/${created.json().user.id}/password-reset`,
    );
    expect(reset.status).toBe(200);
    expect((await get('/api/auth/me')).json().role).toBe('public'); // the reset ended the session
    const again = await login(api.app, 'newclerk', reset.json().temporaryPassword);
    const me = await api.app.inject({ method: 'GET', url: '/api/plans', headers: as(again) });
    expect(me.json().error.code).toBe('password_change_required');
  });
});

describe.each(ENGINES)('first start on %s', (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(engine);
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('creates the office and the three administrators with one-time passwords to change', async () => {
    const created = await ensureAdministrators(t.db);
    expect(created.map((a) => [a.name, a.role])).toEqual([
      ['admin', 'admin'],
      ['sysadmin', 'sysadmin'],
      ['secadmin', 'secadmin'],
      ['auditor', 'auditor'],
    ]);
    expect(new Set(created.map((a) => a.password)).size).toBe(4);
    expect(await ensureAdministrators(t.db)).toEqual([]);
    const app = await buildApp({ store: t, docs: false });
    for (const account of created) {
      const session = await login(app, account.name, account.password);
      const plans = await app.inject({
        method: 'GET',
        url: '/api/plans',
        headers: { cookie: session.cookie },
      });
      expect(plans.json().error.code).toBe('password_change_required');
    }
    await app.close();
  });
});
