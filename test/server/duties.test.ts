/**
 * Separation of duties (三权分立) on both engines: a matrix of roles × account, session, audit,
 * settings and business endpoints, then the rules the matrix cannot show — who reaches which
 * account, unknown units refused with close matches, the office's view of the audit trail, and
 * no way in the API to alter an audit record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/server/services/user.service.ts';
import { ENGINES } from '../factories/db.ts';
import { userId } from './fixtures.ts';
import { type Api, login, PASSWORD, startApi, type Who } from './harness.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Expect = number | 'ok';
interface Subjects {
  plan: number;
  target: number;
  session: string;
}

const ROLES: Who[] = [
  'public',
  'admin',
  'sysadmin',
  'secadmin',
  'auditor',
  'leader',
  'health',
  'deputy',
];
const ONLY = (who: Who, status: Expect, others = 403): Expect[] =>
  ROLES.map((r) => (r === who ? status : r === 'public' ? 401 : others));

let created = 0;
const MATRIX: {
  name: string;
  method: Method;
  url: (s: Subjects) => string;
  body?: () => unknown;
  expect: Expect[];
}[] = [
  {
    name: 'list users',
    method: 'GET',
    url: () => '/api/users',
    expect: [401, 403, 200, 200, 403, 403, 403, 403],
  },
  {
    name: 'create a user',
    method: 'POST',
    url: () => '/api/users',
    body: () => ({ name: `clerk${++created}`, role: 'reporter', unit: '市民政局' }),
    expect: ONLY('sysadmin', 201),
  },
  {
    name: 'reset a password',
    method: 'POST',
    url: (s) => `/api/users/${s.target}/password-reset`,
    expect: ONLY('sysadmin', 200),
  },
  {
    name: 'disable',
    method: 'POST',
    url: (s) => `/api/users/${s.target}/disable`,
    expect: ONLY('sysadmin', 200),
  },
  {
    name: 'enable',
    method: 'POST',
    url: (s) => `/api/users/${s.target}/enable`,
    expect: ONLY('sysadmin', 200),
  },
  {
    name: 'change unit',
    method: 'PUT',
    url: (s) => `/api/users/${s.target}/unit`,
    body: () => ({ unit: '市卫生健康局' }),
    expect: ONLY('sysadmin', 200),
  },
  {
    name: 'change role',
    method: 'PUT',
    url: (s) => `/api/users/${s.target}/role`,
    body: () => ({ role: 'reporter' }),
    expect: ONLY('secadmin', 200),
  },
  {
    name: 'unlock',
    method: 'POST',
    url: (s) => `/api/users/${s.target}/unlock`,
    expect: ONLY('secadmin', 200),
  },
  {
    name: 'list sessions',
    method: 'GET',
    url: () => '/api/sessions',
    expect: ONLY('secadmin', 200),
  },
  {
    name: 'revoke a session',
    method: 'DELETE',
    url: (s) => `/api/sessions/${s.session}`,
    expect: ONLY('secadmin', 'ok'),
  },
  {
    name: 'read the audit log',
    method: 'GET',
    url: () => '/api/audit-events',
    expect: [401, 200, 403, 403, 200, 403, 403, 403],
  },
  {
    name: 'verify the audit log',
    method: 'GET',
    url: () => '/api/audit/verify',
    expect: ONLY('auditor', 200),
  },
  {
    name: 'export the audit log',
    method: 'GET',
    url: () => '/api/audit/export',
    expect: ONLY('auditor', 200),
  },
  {
    name: 'change settings',
    method: 'PATCH',
    url: () => '/api/settings',
    body: () => ({}),
    expect: ONLY('sysadmin', 200),
  },
  {
    name: 'read settings',
    method: 'GET',
    url: () => '/api/settings',
    expect: [401, 200, 200, 200, 403, 403, 403, 403],
  },
  {
    name: 'open a period (business)',
    method: 'POST',
    url: (s) => `/api/plans/${s.plan}/periods`,
    body: () => ({ label: `矩阵${++created}`, start: '2024-01-01', end: '2024-12-31' }),
    expect: ONLY('admin', 201),
  },
  {
    name: 'dashboard (business)',
    method: 'GET',
    url: (s) => `/api/plans/${s.plan}/dashboard`,
    expect: [401, 200, 403, 403, 403, 200, 403, 403],
  },
  {
    name: 'circular draft (business)',
    method: 'GET',
    url: (s) => `/api/plans/${s.plan}/circular.docx`,
    expect: ONLY('admin', 200),
  },
];

describe.each(ENGINES)('duties on %s', (engine) => {
  let api: Api;
  let s: Subjects;
  beforeAll(async () => {
    api = await startApi(engine);
    await addUser(api.t.db, {
      name: 'target',
      role: 'reporter',
      unit: '市民政局',
      password: PASSWORD,
      mustChangePassword: false,
    });
    // A session of its own to revoke: the target's end when its password is reset.
    await addUser(api.t.db, {
      name: 'watcher',
      role: 'deputy',
      password: PASSWORD,
      mustChangePassword: false,
    });
    await login(api.app, 'watcher');
    const session = await api.t.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', await userId(api, 'watcher'))
      .executeTakeFirstOrThrow();
    s = { plan: api.planId, target: await userId(api, 'target'), session: session.id };
  });
  afterAll(async () => {
    await api?.close();
  });

  for (const row of MATRIX) {
    it.each(ROLES.map((who, i) => [who, row.expect[i] as Expect] as const))(
      `${row.method} ${row.name} as %s → %s`,
      async (who, expected) => {
        const response = await api.call(who, row.method, row.url(s), row.body?.());
        if (expected === 'ok') expect(response.status).toBeLessThan(300);
        else expect(response.status).toBe(expected);
      },
    );
  }

  it('refuses an unknown unit with the close matches, and creates it only when asked', async () => {
    const typo = await api.call('sysadmin', 'POST', '/api/users', {
      name: 'typo',
      role: 'reporter',
      unit: '市卫生建康局',
    });
    expect(typo.status).toBe(400);
    expect(typo.json().error).toMatchObject({
      code: 'unit_unknown',
      message: expect.stringContaining('市卫生健康局'),
      details: { closeMatches: ['市卫生健康局'] },
    });
    expect(
      await api.t.db
        .selectFrom('units')
        .select('id')
        .where('name', '=', '市卫生建康局')
        .executeTakeFirst(),
    ).toBeUndefined();
    const fresh = await api.call('sysadmin', 'POST', '/api/users', {
      name: 'fresh',
      role: 'reporter',
      unit: '市新设局',
      newUnit: true,
    });
    expect(fresh.status).toBe(201);
    expect(fresh.json().user.unit).toBe('市新设局');
    const noUnit = await api.call('sysadmin', 'POST', '/api/users', {
      name: 'nounit',
      role: 'reporter',
    });
    expect(noUnit.json().error.message).toContain('单位');
  });

  it('grants the administrator roles only through the security administrator, never to oneself', async () => {
    const privileged = await api.call('sysadmin', 'POST', '/api/users', {
      name: 'sneaky',
      role: 'auditor',
    });
    expect(privileged.status).toBe(400);
    const clerk = await api.call('sysadmin', 'POST', '/api/users', {
      name: 'promoted',
      role: 'admin',
    });
    const id = clerk.json().user.id;
    const granted = await api.call('secadmin', 'PUT', `/api/users/${id}/role`, {
      role: 'sysadmin',
    });
    expect(granted.json()).toMatchObject({ role: 'sysadmin' });
    // The system administrator leaves the administrators' accounts alone.
    const reset = await api.call('sysadmin', 'POST', `/api/users/${id}/password-reset`);
    expect(reset.status).toBe(403);
    expect(reset.json().error.code).toBe('privileged_account');
    const own = await api.call(
      'secadmin',
      'PUT',
      `/api/users/${await userId(api, 'secadmin')}/role`,
      {
        role: 'admin',
      },
    );
    expect(own.json().error.code).toBe('own_account');
    const event = await api.t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'user.role')
      .where('entity_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.before ?? '{}')).toEqual({ role: 'admin' });
    expect(JSON.parse(event.after ?? '{}')).toEqual({ role: 'sysadmin' });
    expect(event.actor).toBe('secadmin');
  });

  it('shows the office the trail of its business only, the auditor everything', async () => {
    const entities = async (who: Who) =>
      new Set(
        (await api.call(who, 'GET', '/api/audit-events?limit=500'))
          .json()
          .map((e: { entity: string }) => e.entity),
      );
    const office = await entities('admin');
    expect(
      [...office].every((e) => ['plan', 'period', 'item', 'report'].includes(e as string)),
    ).toBe(true);
    expect(office.has('plan')).toBe(true);
    const auditor = await entities('auditor');
    expect(auditor.has('user')).toBe(true);
    expect((await api.call('admin', 'GET', '/api/audit-events?entity=user')).json()).toEqual([]);
    const logins = (
      await api.call('auditor', 'GET', '/api/audit-events?action=auth.login&actor=watcher')
    ).json();
    expect(logins.length).toBeGreaterThan(0);
    expect(
      logins.every(
        (e: { action: string; actor: string }) =>
          e.action === 'auth.login' && e.actor === 'watcher',
      ),
    ).toBe(true);
    const none = (await api.call('auditor', 'GET', '/api/audit-events?from=2099-01-01')).json();
    expect(none).toEqual([]);
  });

  it('has no route that changes or deletes an audit record, for anyone', async () => {
    const spec = api.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const auditPaths = Object.entries(spec.paths).filter(([path]) => path.includes('audit'));
    expect(auditPaths.length).toBeGreaterThan(0);
    for (const [, methods] of auditPaths) expect(Object.keys(methods)).toEqual(['get']);
  });
});
