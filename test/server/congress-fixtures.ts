/**
 * Helpers for tests of the deputies' year: many deputies signed in, the proposal form posted as a
 * browser would, and calls as any of them.
 */
import { SYSTEM } from '../../src/server/policies/actor.ts';
import { updateSettings } from '../../src/server/services/settings.service.ts';
import { addUser } from '../../src/server/services/user.service.ts';
import { type Api, login, PASSWORD, type Session } from './harness.ts';
import { fetchPublic, HOST, ORIGIN } from './public-fixtures.ts';

export interface Deputies {
  names: string[];
  sessions: Map<string, Session>;
  signIn: () => Promise<void>;
  call: (
    name: string,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    body?: unknown,
    // biome-ignore lint/suspicious/noExplicitAny: tests read bodies loosely
  ) => Promise<{ status: number; json: () => any }>;
}

/** `n` deputies (代表01…), signed in; tests moving the clock sign them in again. */
export async function addDeputies(api: Api, n: number): Promise<Deputies> {
  // The clock jumps months in these tests: passwords must not age out on the way.
  await updateSettings(api.t.db, SYSTEM, { 'auth.password.maxAgeDays': 0 });
  const names = Array.from({ length: n }, (_, i) => `代表${String(i + 1).padStart(2, '0')}`);
  for (const name of names)
    await addUser(api.t.db, {
      name,
      role: 'deputy',
      password: PASSWORD,
      mustChangePassword: false,
    });
  const sessions = new Map<string, Session>();
  const signIn = async () => {
    for (const name of names) sessions.set(name, await login(api.app, name));
  };
  await signIn();
  return {
    names,
    sessions,
    signIn,
    call: async (name, method, url, body) => {
      const session = sessions.get(name);
      if (!session) throw new Error(`no deputy ${name}`);
      const response = await api.app.inject({
        method,
        url,
        ...(body === undefined ? {} : { payload: body as object }),
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
      });
      return { status: response.statusCode, json: () => response.json() };
    },
  };
}

/** Posts the public proposal form with the token its page carries; the tracking number back. */
export async function postProposalForm(
  api: Api,
  fields: { title: string; body: string; place?: string; contact?: string; token?: string },
  headers: Record<string, string> = {},
) {
  const page = fields.token === undefined ? await fetchPublic(api, '/p/proposals/new') : null;
  const token = fields.token ?? /name="token" value="([^"]+)"/.exec(page?.body ?? '')?.[1] ?? '';
  const form = new URLSearchParams({
    title: fields.title,
    body: fields.body,
    place: fields.place ?? '',
    contact: fields.contact ?? '',
    token,
    lang: 'zh',
  });
  const response = await api.app.inject({
    method: 'POST',
    url: '/p/proposals',
    headers: {
      host: HOST,
      origin: ORIGIN,
      'content-type': 'application/x-www-form-urlencoded',
      ...headers,
    },
    payload: form.toString(),
  });
  const location = response.headers.location as string | undefined;
  const trackingNumber = location ? new URL(location, ORIGIN).searchParams.get('no') : null;
  return { status: response.statusCode, body: response.body, trackingNumber };
}
