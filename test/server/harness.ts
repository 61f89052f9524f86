/**
 * An API under test: a fresh database on one engine with the sample plan's two periods imported
 * (reports published for 1-6月, approved for 1-9月), an account per role (created as the holders'
 * own passwords, so no forced change), and helpers to call the API through `inject` as each.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPlanText } from '../../src/core/read-plan.ts';
import { type AppOptions, buildApp } from '../../src/server/app.ts';
import type { Engine } from '../../src/server/db/database.ts';
import type { ZodApp } from '../../src/server/http/zod-app.ts';
import { SYSTEM } from '../../src/server/policies/actor.ts';
import { importReading } from '../../src/server/services/import.service.ts';
import { addUser } from '../../src/server/services/user.service.ts';
import { createTestDb, type TestDb } from '../factories/db.ts';

export const PASSWORD = 'Correct horse battery 9';

/**
 * Accounts: the office, leader 陈明远 (items 1, 2), a reporter of 市卫生健康局 (items 1, 2), one of
 * 市民政局, the three administrators and a deputy.
 */
export const ACCOUNTS = {
  admin: { role: 'admin' },
  leader: { role: 'leader', leader: '陈明远' },
  health: { role: 'reporter', unit: '市卫生健康局' },
  civil: { role: 'reporter', unit: '市民政局' },
  sysadmin: { role: 'sysadmin' },
  secadmin: { role: 'secadmin' },
  auditor: { role: 'auditor' },
  deputy: { role: 'deputy' },
} as const;

export type Who = keyof typeof ACCOUNTS | 'public';

export interface Session {
  cookie: string;
  csrf: string;
}

export interface Api {
  t: TestDb;
  app: ZodApp;
  /** The app's data directory (attachments, the generated data key): a temporary folder. */
  dataDir: string;
  planId: number;
  sessions: Record<Exclude<Who, 'public'>, Session>;
  /** Calls the API as `who` (CSRF header included for signed-in users). */
  call: (
    who: Who,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    // biome-ignore lint/suspicious/noExplicitAny: tests read bodies loosely, as an untyped client would
  ) => Promise<{ status: number; json: () => any }>;
  /**
   * Signs every account in again: after a test moves the clock past the sessions' idle timeout
   * (as days between reminders do), the old sessions have rightly ended.
   */
  signInAgain: () => Promise<void>;
  close: () => Promise<void>;
}

export const sample = (name: 'jun' | 'sep') => readFileSync(`samples/shiyi-2024-jan-${name}.txt`);

export async function login(app: ZodApp, name: string, password = PASSWORD): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { name, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`login ${name}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'minsheng_session');
  return { cookie: `minsheng_session=${cookie?.value}`, csrf: response.json().csrfToken };
}

export async function startApi(
  engine: Engine,
  options: Pick<
    AppOptions,
    'loginRateLimit' | 'downloadRateLimit' | 'docs' | 'onRoute' | 'clock' | 'trustedProxies'
  > & { app?: Partial<AppOptions> } = {},
): Promise<Api> {
  const t = await createTestDb(engine);
  const jun = await importReading(t.db, readPlanText(sample('jun').toString('utf8')), {
    actor: SYSTEM,
    state: 'published',
  });
  await importReading(t.db, readPlanText(sample('sep').toString('utf8')), {
    actor: SYSTEM,
    state: 'approved',
  });
  for (const [name, account] of Object.entries(ACCOUNTS)) {
    await addUser(t.db, { name, password: PASSWORD, mustChangePassword: false, ...account });
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'minsheng-data-'));
  const app = await buildApp({
    ...options,
    store: t,
    loginRateLimit: options.loginRateLimit ?? 1000,
    docs: options.docs ?? false,
    dataDir,
    ...options.app,
  });
  const sessions = {} as Api['sessions'];
  const signInAgain = async () => {
    for (const name of Object.keys(ACCOUNTS) as (keyof typeof ACCOUNTS)[])
      sessions[name] = await login(app, name);
  };
  await signInAgain();
  const call: Api['call'] = async (who, method, url, body) => {
    const session = who === 'public' ? undefined : sessions[who];
    const response = await app.inject({
      method,
      url,
      ...(body === undefined ? {} : { payload: body as object }),
      headers: session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {},
    });
    return { status: response.statusCode, json: () => response.json() };
  };
  return {
    t,
    app,
    dataDir,
    planId: jun.plan.id ?? 0,
    sessions,
    call,
    signInAgain,
    close: async () => {
      await app.close();
      await t.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
