/**
 * Deputies' supervision of the sample plan's items (issue 10): the office sets an item's group of
 * deputies; the group logs site visits and makes suggestions; the lead unit answers, naming the
 * version it read; others may read but not write.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../factories/db.ts';
import { addDeputies, type Deputies } from './congress-fixtures.ts';
import { multipart } from './fixtures.ts';
import { type Api, startApi } from './harness.ts';

describe.each(ENGINES)("deputies' supervision on %s", (engine) => {
  let api: Api;
  let deputies: Deputies;
  let item: number;
  let deputyId: number;

  beforeAll(async () => {
    api = await startApi(engine);
    deputies = await addDeputies(api, 2);
    const items = (await api.call('admin', 'GET', `/api/plans/${api.planId}/items`)).json();
    // Item 1 is led by 市卫生健康局 (the `health` account).
    item = items.find((i: { no: string }) => i.no === '1').id;
    const users = (await api.call('sysadmin', 'GET', '/api/users')).json();
    deputyId = users.find((u: { name: string }) => u.name === '代表01').id;
  }, 60_000);
  afterAll(async () => {
    await api?.close();
  });

  it('sets a group of deputies only', async () => {
    const users = (await api.call('sysadmin', 'GET', '/api/users')).json();
    const healthId = users.find((u: { name: string }) => u.name === 'health').id;
    const wrong = await api.call('admin', 'PUT', `/api/congress/items/${item}/group`, {
      members: [{ userId: healthId }],
    });
    expect(wrong.status).toBe(400);
    expect(
      (await deputies.call('代表01', 'PUT', `/api/congress/items/${item}/group`, { members: [] }))
        .status,
    ).toBe(403);
    const set = await api.call('admin', 'PUT', `/api/congress/items/${item}/group`, {
      members: [{ userId: deputyId, head: true }],
    });
    expect(set.status).toBe(200);
    expect(set.json().group).toEqual([{ userId: deputyId, name: '代表01', head: true }]);
  });

  it('lets the group log a visit and suggest, and the lead unit answer', async () => {
    const visit = await deputies.call('代表01', 'POST', `/api/congress/items/${item}/visits`, {
      visitedOn: '2024-08-20',
      participants: ['代表01', '市卫生健康局 张医生'],
      findings: '冷链点已建成4个，但群众知晓率不高',
    });
    expect(visit.status).toBe(201);
    // Outside the group, or a unit: may not log.
    expect(
      (
        await deputies.call('代表02', 'POST', `/api/congress/items/${item}/visits`, {
          visitedOn: '2024-08-20',
          participants: ['代表02'],
          findings: '—',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api.call('health', 'POST', `/api/congress/items/${item}/suggestions`, {
          text: '自己提建议',
        })
      ).status,
    ).toBe(403);
    // A photo of the visit, through the attachment store: the group uploads, others read.
    const photo = await sharp({
      create: { width: 400, height: 300, channels: 3, background: '#3a7' },
    })
      .jpeg()
      .withExifMerge({ IFD0: { Artist: '代表01' } })
      .toBuffer();
    const send = async (name: string) => {
      const { payload, headers } = multipart(photo, '现场.jpg');
      const session = deputies.sessions.get(name);
      return api.app.inject({
        method: 'POST',
        url: `/api/congress/visits/${visit.json().id}/attachments`,
        payload,
        headers: { ...headers, cookie: session?.cookie ?? '', 'x-csrf-token': session?.csrf ?? '' },
      });
    };
    expect((await send('代表02')).statusCode).toBe(403);
    const uploaded = await send('代表01');
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    expect(uploaded.json()).toMatchObject({ kind: 'photo', visitId: visit.json().id });
    const photos = await api.call(
      'civil',
      'GET',
      `/api/congress/visits/${visit.json().id}/attachments`,
    );
    expect(photos.status).toBe(403);
    const seen = await deputies.call(
      '代表02',
      'GET',
      `/api/congress/visits/${visit.json().id}/attachments`,
    );
    expect(seen.json()).toHaveLength(1);
    const bytes = await api.app.inject({
      method: 'GET',
      url: `/api/attachments/${uploaded.json().id}`,
      headers: { cookie: api.sessions.health.cookie },
    });
    expect(bytes.statusCode).toBe(200);
    // Stripped of its metadata like every photo.
    expect((await sharp(bytes.rawPayload).metadata()).exif).toBeUndefined();

    const made = await deputies.call('代表01', 'POST', `/api/congress/items/${item}/suggestions`, {
      text: '加强宣传，提高知晓率',
      visitId: visit.json().id,
    });
    expect(made.status).toBe(201);
    const suggestion = made.json();
    expect(suggestion.answer).toBeNull();

    // The lead unit sees it to answer; another unit neither sees nor answers it.
    const open = (
      await api.call('health', 'GET', '/api/congress/suggestions?unanswered=true')
    ).json();
    expect(open.map((s: { id: number }) => s.id)).toContain(suggestion.id);
    expect((await api.call('civil', 'GET', '/api/congress/suggestions')).json()).toEqual([]);
    const body = { version: suggestion.version, text: '已在社区张贴海报并开展义诊宣传' };
    expect(
      (await api.call('civil', 'POST', `/api/congress/suggestions/${suggestion.id}/answer`, body))
        .status,
    ).toBe(403);
    const answered = await api.call(
      'health',
      'POST',
      `/api/congress/suggestions/${suggestion.id}/answer`,
      body,
    );
    expect(answered.status).toBe(200);
    expect(answered.json().answer).toMatchObject({ text: body.text, by: 'health' });
    const stale = await api.call(
      'admin',
      'POST',
      `/api/congress/suggestions/${suggestion.id}/answer`,
      body,
    );
    expect(stale.status).toBe(409);

    // Every deputy reads the item's supervision; the public does not.
    const read = await deputies.call('代表02', 'GET', `/api/congress/items/${item}/supervision`);
    expect(read.status).toBe(200);
    expect(read.json()).toMatchObject({ visits: [{ findings: expect.stringContaining('冷链') }] });
    expect(read.json().suggestions[0].answer.text).toBe(body.text);
    expect(
      (await api.call('public', 'GET', `/api/congress/items/${item}/supervision`)).status,
    ).toBe(401);
    const events = (
      await api.t.db
        .selectFrom('audit_events')
        .select('action')
        .where('action', 'like', 'suggestion.%')
        .execute()
    ).map((e) => e.action);
    expect(events.sort()).toEqual(['suggestion.answer', 'suggestion.create']);
  });
});
