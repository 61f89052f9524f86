/** Lookups and request bodies shared by the API tests. */
import type { Api } from './harness.ts';

/** The id of item `no` of the test plan. */
export async function itemId(api: Api, no: string): Promise<number> {
  const row = await api.t.db
    .selectFrom('items')
    .select('id')
    .where('no', '=', no)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The id of the report of item `no` in the period labelled `label`. */
export async function reportId(api: Api, no: string, label: string): Promise<number> {
  const row = await api.t.db
    .selectFrom('reports as r')
    .innerJoin('items as i', 'i.id', 'r.item_id')
    .innerJoin('periods as p', 'p.id', 'r.period_id')
    .select('r.id')
    .where('i.no', '=', no)
    .where('p.label', '=', label)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The stored version of a report, read past any access rule. */
export async function reportVersion(api: Api, id: number): Promise<number> {
  return (
    await api.t.db
      .selectFrom('reports')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).version;
}

/**
 * Opens a new reporting period 1-10月 (as admin) and returns its id. Without `carryOver` its
 * drafts start empty, so a test creates them itself.
 */
export async function openPeriod(
  api: Api,
  label = '1-10月',
  dueDate: string | null = '2099-11-10',
  carryOver = false,
): Promise<number> {
  const response = await api.call('admin', 'POST', `/api/plans/${api.planId}/periods`, {
    label,
    start: '2024-01-01',
    end: '2024-10-31',
    dueDate,
    open: true,
    carryOver,
  });
  if (response.status !== 201) throw new Error(`open period: ${response.status}`);
  return response.json().id;
}

/**
 * A unit's report on item 1 of the sample plan. Its figures fall a little behind the time line
 * while the label says on schedule, so it carries the explanation a submission then needs.
 */
export const draftBody = (text: string) => ({
  statusLabel: '按进度完成',
  points: [`已完成6家乡镇卫生院标准化改造。${text}`, '免费体检2.9万人次。'],
  explanation: '其余2家卫生院已完工，待验收后计入。',
});

/** A multipart/form-data body with one file field. */
export function multipart(
  bytes: Buffer,
  filename = 'table.txt',
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----minsheng-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** The id of the account named `name`. */
export async function userId(api: Api, name: string): Promise<number> {
  const row = await api.t.db
    .selectFrom('users')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Uploads `bytes` as a table to POST /api/imports (`query` e.g. "?dryRun=true") as the office. */
export async function uploadTable(api: Api, bytes: Buffer, query = '') {
  const { payload, headers } = multipart(bytes);
  const { cookie, csrf } = api.sessions.admin;
  const response = await api.app.inject({
    method: 'POST',
    url: `/api/imports${query}`,
    payload,
    headers: { ...headers, cookie, 'x-csrf-token': csrf },
  });
  return { status: response.statusCode, json: () => response.json() };
}
