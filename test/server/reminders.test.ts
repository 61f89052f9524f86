/**
 * Reminders by e-mail against a real SMTP server on loopback, on both engines, the clock set by
 * the test: a unit that owes a report the day before the due date gets exactly one message; a
 * unit that submitted gets none; another run, a restarted app on the same database, and two
 * app instances with their own connection pools racing each other send nothing twice; a failed
 * send is retried with back-off and shows in the office's log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataKey, personalDataCipher } from '../../src/server/crypto/personal-data.ts';
import { openDatabase } from '../../src/server/db/database.ts';
import { runDueWork } from '../../src/server/jobs/due-work.ts';
import { testClock } from '../factories/clock.ts';
import { ENGINES } from '../factories/db.ts';
import { closedPort, type SmtpSink, startSmtpSink } from '../factories/smtp-sink.ts';
import { reportId } from './fixtures.ts';
import { type Api, startApi } from './harness.ts';

describe.each(ENGINES)('reminders by e-mail on %s', (engine) => {
  let api: Api;
  let sink: SmtpSink;
  let periodId: number;
  const clock = testClock('2024-11-09T01:00:00Z'); // 09:00 in Asia/Shanghai, the day before
  const work = (store = api.t, worker = 'first') =>
    runDueWork({
      store,
      clock,
      worker,
      personalData: personalDataCipher(loadDataKey({ dataDir: api.dataDir })),
    });
  /** A second app on the same database: its own connection (pool), as after a restart. */
  const reopen = () =>
    openDatabase({ url: api.t.url, ...(api.t.schema ? { schema: api.t.schema } : {}) });
  const settings = (patch: object) => api.call('sysadmin', 'PATCH', '/api/settings', patch);
  const reminders = async (who: 'admin' | 'civil' = 'admin') =>
    (await api.call(who, 'GET', `/api/periods/${periodId}/reminders`)).json();

  beforeAll(async () => {
    [api, sink] = await Promise.all([startApi(engine, { clock }), startSmtpSink()]);
    await settings({
      'mail.host': '127.0.0.1',
      'mail.port': sink.port,
      'mail.tls': 'none',
      'mail.from': '示例市民生办 <msb@example.test>',
    });
    periodId = (
      await api.call('admin', 'POST', `/api/plans/${api.planId}/periods`, {
        label: '1-10月',
        start: '2024-01-01',
        end: '2024-10-31',
        dueDate: '2024-11-10',
      })
    ).json().id;
    // Addresses: two reporters their own, 市交通运输局 a unit mailbox set by the office.
    for (const [who, email] of [
      ['health', 'health@example.test'],
      ['civil', 'civil@example.test'],
    ] as const) {
      expect((await api.call(who, 'PATCH', '/api/users/me/contact', { email })).status).toBe(200);
    }
    const units = (await api.call('admin', 'GET', '/api/units')).json();
    const transport = units.find((u: { name: string }) => u.name === '市交通运输局');
    const unitContact = await api.call('admin', 'PUT', `/api/units/${transport.id}/contact`, {
      email: 'jtj@example.test',
    });
    expect(unitContact.status).toBe(200);
    // 市卫生健康局 submits all three items it leads (their drafts were carried over).
    for (const no of ['1', '2', '5']) {
      const id = await reportId(api, no, '1-10月');
      expect(
        (await api.call('health', 'POST', `/api/reports/${id}/submit`, { version: 1 })).status,
      ).toBe(200);
    }
  });
  afterAll(async () => {
    await Promise.all([api?.close(), sink?.close()]);
  });

  it('keeps addresses sealed in the database and the SMTP password out of every answer', async () => {
    const stored = await api.t.db
      .selectFrom('users')
      .select('email_sealed')
      .where('name', '=', 'civil')
      .executeTakeFirstOrThrow();
    expect(stored.email_sealed).toMatch(/^v1:/);
    expect(stored.email_sealed).not.toContain('civil');
    expect((await api.call('civil', 'GET', '/api/users/me/contact')).json().email).toBe(
      'civil@example.test',
    );
    await settings({ 'mail.password': 'smtp-secret-123' });
    const listed = JSON.stringify((await api.call('sysadmin', 'GET', '/api/settings')).json());
    const audit = JSON.stringify(
      (await api.call('admin', 'GET', '/api/audit-events?entity=settings')).json(),
    );
    expect(listed).not.toContain('smtp-secret-123');
    expect(audit).not.toContain('smtp-secret-123');
    expect(audit).not.toContain('civil@example.test');
    await settings({ 'mail.password': null });
  });

  it('the day before the due date: one e-mail to each unit that owes, none to the unit that submitted', async () => {
    const result = await work();
    expect(result.delivered.failed).toBe(0);
    expect(sink.to('civil@example.test')).toHaveLength(1);
    expect(sink.to('jtj@example.test')).toHaveLength(1);
    expect(sink.to('health@example.test')).toHaveLength(0);
    const mail = sink.to('civil@example.test')[0]?.data ?? '';
    expect(mail).toMatch(/Message-ID: <reminder-\d+-/i);
    // Units without any address got the in-app reminder only.
    const log = await reminders();
    expect(log.every((r: { event: string }) => r.event === 'before_due')).toBe(true);
    expect(
      log.filter((r: { emailOutcome: string }) => r.emailOutcome === 'no_address').length,
    ).toBeGreaterThan(0);
    expect(log.find((r: { unit: string }) => r.unit === '市卫生健康局')).toBeUndefined();
    const inbox = await reminders('civil');
    expect(inbox.map((r: { unit: string }) => r.unit)).toEqual(['市民政局']);
    expect(inbox[0].body).toContain('第6项');
  });

  it('sends nothing again on another run, nor after a restart on the same database', async () => {
    await work();
    const restarted = reopen();
    try {
      const result = await work({ ...api.t, ...restarted }, 'restarted');
      expect(result.reminders).toBe(0);
    } finally {
      await restarted.destroy();
    }
    expect(sink.to('civil@example.test')).toHaveLength(1);
    expect(sink.to('jtj@example.test')).toHaveLength(1);
  });

  // Several app servers need PostgreSQL; SQLite serves one process (its one writer), and a
  // deferred SQLite transaction upgrading to a write under contention fails fast by design.
  it.runIf(engine === 'postgres')(
    'two app instances with their own pools racing on the due date send each message once',
    async () => {
      clock.set('2024-11-10T01:00:00Z');
      await api.signInAgain();
      const [a, b] = [reopen(), reopen()];
      try {
        const results = await Promise.all([
          work({ ...api.t, ...a }, 'a'),
          work({ ...api.t, ...b }, 'b'),
        ]);
        expect(results.map((r) => r.delivered.sent).reduce((x, y) => x + y)).toBeGreaterThan(0);
      } finally {
        await Promise.all([a.destroy(), b.destroy()]);
      }
      expect(sink.to('civil@example.test')).toHaveLength(2);
      expect(sink.to('jtj@example.test')).toHaveLength(2);
      const due = (await reminders()).filter((r: { event: string }) => r.event === 'due');
      expect(
        due.every(
          (r: { attempts: number; state: string }) => r.attempts === 1 && r.state === 'sent',
        ),
      ).toBe(true);
    },
  );

  it('retries a failed send with back-off and reports it in the office’s log', async () => {
    clock.set('2024-11-11T01:00:00Z');
    await api.signInAgain();
    await settings({ 'mail.port': await closedPort() });
    await work();
    const failed = (await reminders()).find(
      (r: { event: string; unit: string }) => r.event === 'overdue' && r.unit === '市民政局',
    );
    expect(failed).toMatchObject({ state: 'pending', attempts: 1, emailOutcome: 'failed' });
    expect(failed.lastError).toEqual(expect.any(String));
    expect(failed.sends.filter((x: { channel: string }) => x.channel === 'email')).toEqual([
      expect.objectContaining({ attempt: 1, outcome: 'failed' }),
    ]);
    expect(Date.parse(failed.nextAttemptAt) - clock.now().getTime()).toBe(5 * 60_000);
    // Not due again yet: nothing is tried.
    await work();
    expect((await reminders()).find((r: { id: number }) => r.id === failed.id).attempts).toBe(1);
    await settings({ 'mail.port': sink.port });
    clock.set('2024-11-11T01:05:00Z');
    await api.signInAgain();
    await work();
    const retried = (await reminders()).find((r: { id: number }) => r.id === failed.id);
    expect(retried).toMatchObject({
      state: 'sent',
      attempts: 2,
      emailOutcome: 'sent',
      lastError: null,
    });
    expect(sink.to('civil@example.test')).toHaveLength(engine === 'postgres' ? 3 : 2);
  });

  it('marks a reminder failed after the last attempt, and the office can remind on demand once a day', async () => {
    await settings({ 'mail.port': await closedPort(), 'reminders.maxAttempts': 1 });
    const queued = await api.call('admin', 'POST', `/api/periods/${periodId}/reminders`, {});
    expect(queued.json().queued).toBeGreaterThan(0);
    // The same day again: nothing new.
    expect(
      (await api.call('admin', 'POST', `/api/periods/${periodId}/reminders`, {})).json().queued,
    ).toBe(0);
    await work();
    const manual = (await reminders()).filter((r: { event: string }) =>
      r.event.startsWith('manual:'),
    );
    const civil = manual.find((r: { unit: string }) => r.unit === '市民政局');
    expect(civil).toMatchObject({ state: 'failed', attempts: 1, emailOutcome: 'failed' });
    expect((await api.call('civil', 'POST', `/api/periods/${periodId}/reminders`, {})).status).toBe(
      403,
    );
  });
});
