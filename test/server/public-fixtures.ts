/**
 * Helpers for tests of the public side: a citizen posting the comment form as a browser would
 * (the page's token, the site's Origin), the office publishing and moderating, and reading
 * public responses as the world sees them.
 */
import type {
  CitizenMessage,
  CitizenNotifier,
} from '../../src/server/services/citizen-notifier.ts';
import type { Api, Who } from './harness.ts';

/** The host tests address the server as; the form's Origin must name it. */
export const HOST = 'minsheng.test';
export const ORIGIN = `http://${HOST}`;

/** A notifier that keeps what it would have sent. */
export function recordingNotifier(): CitizenNotifier & {
  sent: (CitizenMessage & { event: string })[];
} {
  const sent: (CitizenMessage & { event: string })[] = [];
  return {
    sent,
    commentReceived: async (m) => {
      sent.push({ ...m, event: 'received' });
    },
    commentAnswered: async (m) => {
      sent.push({ ...m, event: 'answered' });
    },
  };
}

/** GET as the public, with the test host. */
export const fetchPublic = (api: Api, url: string, headers: Record<string, string> = {}) =>
  api.app.inject({ method: 'GET', url, headers: { host: HOST, ...headers } });

/** The form token the item page carries. */
export async function formTokenOf(api: Api, itemId: number): Promise<string> {
  const page = await fetchPublic(api, `/p/items/${itemId}`);
  const token = /name="token" value="([^"]+)"/.exec(page.body)?.[1];
  if (!token) throw new Error(`no form on /p/items/${itemId}: ${page.statusCode}`);
  return token;
}

export interface CommentFields {
  body: string;
  rating?: string;
  contact?: string;
  lang?: 'zh' | 'en';
  token?: string;
}

/** Posts the comment form as a browser on the site would. */
export async function postComment(
  api: Api,
  itemId: number,
  fields: CommentFields,
  headers: Record<string, string> = { origin: ORIGIN },
) {
  const token = fields.token ?? (await formTokenOf(api, itemId));
  const form = new URLSearchParams({
    body: fields.body,
    rating: fields.rating ?? '',
    contact: fields.contact ?? '',
    token,
    lang: fields.lang ?? 'zh',
  });
  const response = await api.app.inject({
    method: 'POST',
    url: `/p/items/${itemId}/comments`,
    headers: { host: HOST, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    payload: form.toString(),
  });
  const location = response.headers.location as string | undefined;
  const trackingNumber = location ? new URL(location, ORIGIN).searchParams.get('no') : null;
  return { status: response.statusCode, body: response.body, location, trackingNumber };
}

/** The office's view of the comment with this tracking number. */
export async function commentOf(api: Api, trackingNumber: string) {
  const list = (await api.call('admin', 'GET', '/api/comments')).json() as {
    id: number;
    trackingNumber: string;
    version: number;
  }[];
  const found = list.find((c) => c.trackingNumber === trackingNumber);
  if (!found) throw new Error(`no comment ${trackingNumber}`);
  return found;
}

/** One moderation step on a comment, from its current version. */
export async function moderate(
  api: Api,
  trackingNumber: string,
  action: 'approve' | 'reject' | 'assign' | 'answer' | 'draft',
  body: Record<string, unknown> = {},
  who: Who = 'admin',
) {
  const { id, version } = await commentOf(api, trackingNumber);
  return api.call(who, action === 'draft' ? 'PUT' : 'POST', `/api/comments/${id}/${action}`, {
    version,
    ...body,
  });
}

/** Publishes every approved report of the period labelled `label`, except those of `skip`. */
export async function publishPeriod(api: Api, label: string, skip: string[] = []) {
  const rows = await api.t.db
    .selectFrom('reports as r')
    .innerJoin('periods as p', 'p.id', 'r.period_id')
    .innerJoin('items as i', 'i.id', 'r.item_id')
    .select(['r.id', 'r.version', 'i.no'])
    .where('p.label', '=', label)
    .where('r.state', '=', 'approved')
    .execute();
  for (const row of rows.filter((r) => !skip.includes(r.no))) {
    const response = await api.call('admin', 'POST', `/api/reports/${row.id}/publish`, {
      version: row.version,
    });
    if (response.status !== 200) throw new Error(`publish ${row.no}: ${response.status}`);
  }
}

/** Every key path of a JSON value, arrays as `[]`: `items[].indicators[].what`. */
export function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => keyPaths(v, `${prefix}[]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...keyPaths(v, path)];
  });
}
