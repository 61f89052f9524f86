/**
 * The login rate limit is keyed on the real client address: X-Forwarded-For counts only when the
 * request comes from a configured proxy, so a client cannot escape the limit by forging it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import type { ZodApp } from '../../src/server/http/zod-app.ts';
import { createTestDb, ENGINES, type TestDb } from '../factories/db.ts';

const PROXY = '10.0.0.7';

describe.each(ENGINES)('client address on %s', (engine) => {
  let t: TestDb;
  let app: ZodApp;
  beforeAll(async () => {
    t = await createTestDb(engine);
    app = await buildApp({ store: t, loginRateLimit: 3, docs: false, trustedProxies: [PROXY] });
  });
  afterAll(async () => {
    await app?.close();
    await t?.cleanup();
  });
  const attempt = (remoteAddress: string, forwardedFor?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress,
      payload: { name: 'nobody', password: 'Guess guess 1' },
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    });

  it('does not let a client escape the limit with a forged X-Forwarded-For', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await attempt('203.0.113.5', `198.51.100.${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it("honours the configured proxy's X-Forwarded-For: each client behind it has its own limit", async () => {
    for (let i = 10; i < 15; i++)
      expect((await attempt(PROXY, `198.51.100.${i}`)).statusCode).toBe(401);
    const same = [];
    for (let i = 0; i < 4; i++) same.push((await attempt(PROXY, '198.51.100.99')).statusCode);
    expect(same).toEqual([401, 401, 401, 429]);
  });

  it('records the real client address of a failed sign-in', async () => {
    const rows = await t.db
      .selectFrom('audit_events')
      .select('address')
      .where('action', '=', 'auth.login_failed')
      .execute();
    const addresses = new Set(rows.map((r) => r.address));
    expect(addresses).toContain('203.0.113.5');
    expect(addresses).toContain('198.51.100.10');
    expect(addresses).not.toContain('198.51.100.0'); // forged from an untrusted peer
    expect(addresses).not.toContain(PROXY);
  });
});
