/**
 * Who may do what: each role × each endpoint × own/other unit → the exact status, on both engines.
 * An authorised caller that comes after another role already did the work gets the 409 the
 * request itself earns, named with its error code (`[409, 'already_exists']`), so a 400 or 404
 * from a broken route cannot pass for "authorised". 303: the anonymous caller is sent to the
 * public twin of the route (public-access.test.ts checks what it answers).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../factories/db.ts';
import { draftBody, itemId, openPeriod, reportId, reportVersion } from './fixtures.ts';
import { type Api, startApi, type Who } from './harness.ts';

/** A status, or a status with the error code the body must carry. */
type Expect = number | [number, string];
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';
interface Row {
  name: string;
  method: Method;
  url: (s: Subjects) => string;
  body?: (s: Subjects, api: Api) => Promise<unknown>;
  /** public, admin, leader 陈明远 (items 1, 2, 9, 11, 12), health (items 1, 2, 5), civil (items 5, 6, 7). */
  expect: [Expect, Expect, Expect, Expect, Expect];
}

interface Subjects {
  plan: number;
  open: number;
  item1: number;
  item2: number;
  item5: number;
  item6: number;
  healthDraft: number;
  civilDraft: number;
  approvedOwn: number;
  approvedCivil: number;
  published: number;
}

const ROLES: Who[] = ['public', 'admin', 'leader', 'health', 'civil'];

/** The body for a failure message; downloads are not JSON. */
function describeBody(response: { json: () => unknown }): string {
  try {
    return JSON.stringify(response.json());
  } catch {
    return '(not JSON)';
  }
}
const versioned = (id: (s: Subjects) => number) => async (s: Subjects, api: Api) => ({
  version: await reportVersion(api, id(s)),
});

const MATRIX: Row[] = [
  { name: 'list plans', method: 'GET', url: () => '/api/plans', expect: [303, 200, 200, 200, 200] },
  {
    name: 'list items',
    method: 'GET',
    url: (s) => `/api/plans/${s.plan}/items`,
    expect: [303, 200, 200, 200, 200],
  },
  {
    name: 'item detail',
    method: 'GET',
    url: (s) => `/api/items/${s.item6}`,
    expect: [303, 200, 200, 200, 200],
  },
  { name: 'units', method: 'GET', url: () => '/api/units', expect: [200, 200, 200, 200, 200] },
  {
    name: 'export.json',
    method: 'GET',
    url: (s) => `/api/plans/${s.plan}/export.json`,
    expect: [303, 200, 200, 200, 200],
  },
  {
    name: 'summary table .docx',
    method: 'GET',
    url: (s) => `/api/plans/${s.plan}/table.docx`,
    expect: [303, 200, 200, 200, 200],
  },
  {
    name: 'circular draft',
    method: 'GET',
    url: (s) => `/api/plans/${s.plan}/circular.docx`,
    expect: [401, 200, 403, 403, 403],
  },
  {
    name: 'dashboard',
    method: 'GET',
    url: (s) => `/api/plans/${s.plan}/dashboard`,
    expect: [401, 200, 200, 403, 403],
  },
  {
    name: 'audit log',
    method: 'GET',
    url: () => '/api/audit-events',
    expect: [401, 200, 403, 403, 403],
  },
  {
    name: 'read own-unit draft (health)',
    method: 'GET',
    url: (s) => `/api/reports/${s.healthDraft}`,
    expect: [303, 200, 403, 200, 403],
  },
  {
    name: 'read other-unit draft (civil)',
    method: 'GET',
    url: (s) => `/api/reports/${s.civilDraft}`,
    expect: [303, 200, 403, 403, 200],
  },
  {
    name: 'read approved report, item 1',
    method: 'GET',
    url: (s) => `/api/reports/${s.approvedOwn}`,
    expect: [303, 200, 200, 200, 403],
  },
  {
    name: 'read approved report, item 6',
    method: 'GET',
    url: (s) => `/api/reports/${s.approvedCivil}`,
    expect: [303, 200, 403, 403, 200],
  },
  {
    name: 'read published report',
    method: 'GET',
    url: (s) => `/api/reports/${s.published}`,
    expect: [303, 200, 200, 200, 200],
  },
  {
    name: 'save health draft',
    method: 'PUT',
    url: (s) => `/api/reports/${s.healthDraft}`,
    body: async (s, api) => ({
      ...draftBody('矩阵'),
      ...(await versioned((x) => x.healthDraft)(s, api)),
    }),
    expect: [401, 200, 403, 200, 403],
  },
  {
    name: 'save civil draft',
    method: 'PUT',
    url: (s) => `/api/reports/${s.civilDraft}`,
    body: async (s, api) => ({
      ...draftBody('矩阵'),
      ...(await versioned((x) => x.civilDraft)(s, api)),
    }),
    expect: [401, 200, 403, 403, 200],
  },
  {
    name: 'create draft, item 2',
    method: 'POST',
    url: () => '/api/reports',
    body: async (s) => ({ itemId: s.item2, periodId: s.open, ...draftBody('') }),
    expect: [401, 201, 403, [409, 'already_exists'], 403],
  },
  {
    // 市民政局 is a co-unit of item 5 (led by 市卫生健康局): it contributes, it does not write.
    name: 'create draft, item 5 (a co-unit files a contribution instead)',
    method: 'POST',
    url: () => '/api/reports',
    body: async (s) => ({ itemId: s.item5, periodId: s.open, ...draftBody('') }),
    expect: [401, 201, 403, [409, 'already_exists'], 403],
  },
  {
    name: 'submit civil draft',
    method: 'POST',
    url: (s) => `/api/reports/${s.civilDraft}/submit`,
    body: versioned((s) => s.civilDraft),
    expect: [401, 200, 403, 403, [409, 'invalid_transition']],
  },
  {
    name: 'approve civil report',
    method: 'POST',
    url: (s) => `/api/reports/${s.civilDraft}/approve`,
    body: versioned((s) => s.civilDraft),
    expect: [401, 200, 403, 403, 403],
  },
  {
    name: 'publish civil report',
    method: 'POST',
    url: (s) => `/api/reports/${s.civilDraft}/publish`,
    body: versioned((s) => s.civilDraft),
    expect: [401, 200, 403, 403, 403],
  },
  {
    name: 'return a report',
    method: 'POST',
    url: (s) => `/api/reports/${s.approvedOwn}/return`,
    body: async (s, api) => ({
      reason: '数据有误',
      ...(await versioned((x) => x.approvedOwn)(s, api)),
    }),
    expect: [401, 200, 403, 403, 403],
  },
  {
    name: 'open a period',
    method: 'POST',
    url: (s) => `/api/plans/${s.plan}/periods`,
    body: async () => ({ label: `矩阵${Math.random()}`, start: '2024-01-01', end: '2024-12-31' }),
    expect: [401, 201, 403, 403, 403],
  },
  {
    name: 'close a period',
    method: 'PATCH',
    url: (s) => `/api/periods/${s.open}`,
    body: async () => ({ dueDate: '2099-12-01' }),
    expect: [401, 200, 403, 403, 403],
  },
  {
    name: 'edit an item',
    method: 'PATCH',
    url: (s) => `/api/items/${s.item1}`,
    body: async (s, api) => ({
      task: '2024年底前，完成8家乡镇卫生院标准化改造。',
      version: (
        await api.t.db
          .selectFrom('items')
          .select('version')
          .where('id', '=', s.item1)
          .executeTakeFirstOrThrow()
      ).version,
    }),
    expect: [401, 200, 403, 403, 403],
  },
  {
    name: 'import a table',
    method: 'POST',
    url: () => '/api/imports',
    body: async () => ({}),
    expect: [401, 400, 403, 403, 403],
  },
];

describe.each(ENGINES)('access matrix on %s', (engine) => {
  let api: Api;
  let s: Subjects;
  beforeAll(async () => {
    api = await startApi(engine);
    const open = await openPeriod(api);
    const [item1, item2, item5, item6] = [
      await itemId(api, '1'),
      await itemId(api, '2'),
      await itemId(api, '5'),
      await itemId(api, '6'),
    ];
    const draft = async (who: Who, item: number) =>
      (
        await api.call(who, 'POST', '/api/reports', {
          itemId: item,
          periodId: open,
          ...draftBody(''),
        })
      ).json().id as number;
    s = {
      plan: api.planId,
      open,
      item1,
      item2,
      item5,
      item6,
      healthDraft: await draft('health', item1),
      civilDraft: await draft('civil', item6),
      approvedOwn: await reportId(api, '1', '1-9月'),
      approvedCivil: await reportId(api, '6', '1-9月'),
      published: await reportId(api, '6', '1-6月'),
    };
  });
  afterAll(async () => {
    await api?.close();
  });

  // Rows run in order, roles within a row in ROLES order: later rows see earlier writes.
  for (const row of MATRIX) {
    it.each(ROLES.map((who, i) => [who, row.expect[i] as Expect] as const))(
      `${row.method} ${row.name} as %s → %j`,
      async (who, expected) => {
        const response = await api.call(
          who,
          row.method,
          row.url(s),
          row.body ? await row.body(s, api) : undefined,
        );
        if (Array.isArray(expected)) {
          const [status, code] = expected;
          expect(response.status, describeBody(response)).toBe(status);
          expect(response.json().error?.code).toBe(code);
        } else {
          expect(response.status, describeBody(response)).toBe(expected);
        }
      },
    );
  }

  it('scopes item lists: a reporter sees only the items its unit is on, a leader those supervised', async () => {
    const nos = async (who: Who) =>
      (await api.call(who, 'GET', `/api/plans/${s.plan}/items`))
        .json()
        .map((i: { no: string }) => i.no);
    expect(await nos('health')).toEqual(['1', '2', '5']);
    expect(await nos('civil')).toEqual(['5', '6', '7']);
    expect(await nos('leader')).toEqual(['1', '2', '9', '11', '12']);
    const open = await api.call('public', 'GET', `/api/public/plans/${s.plan}`);
    expect(open.json().categories.flatMap((c: { items: unknown[] }) => c.items)).toHaveLength(12);
  });

  it("never shows another unit's draft in an item's detail", async () => {
    const item7 = await itemId(api, '7');
    const created = await api.call('civil', 'POST', '/api/reports', {
      itemId: item7,
      periodId: s.open,
      ...draftBody(''),
    });
    expect(created.status).toBe(201);
    const ids = async (who: Who) =>
      (await api.call(who, 'GET', `/api/items/${item7}`))
        .json()
        .reports.map((r: { id: number }) => r.id);
    expect(await ids('health')).not.toContain(created.json().id);
    const published = (await api.call('public', 'GET', `/api/public/items/${item7}`)).json();
    expect(published.history.map((v: { period: { id: number } }) => v.period.id)).not.toContain(
      s.open,
    );
    expect(await ids('civil')).toContain(created.json().id);
  });
});
