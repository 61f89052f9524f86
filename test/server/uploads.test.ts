/**
 * POST /api/imports: good tables land, bad uploads get a 4xx with zh/en words and change nothing
 * but the audit event that records the refusal.
 */
import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, ENGINES } from '../factories/db.ts';
import { uploadTable } from './fixtures.ts';
import { type Api, sample, startApi } from './harness.ts';

const MB = 1024 * 1024;

/** An .xlsx-shaped zip whose sheet inflates to 60 MB from a few hundred KB. */
async function zipBomb(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file('xl/workbook.xml', '<workbook/>');
  zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(60 * MB, 0x20));
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

const BAD: [string, () => Promise<Buffer> | Buffer, number, string][] = [
  ['garbage bytes', () => randomBytes(4096), 415, 'unsupported_format'],
  [
    'prose, not a table',
    () => Buffer.from('各位同事：\n本月进展良好，详见附件。\n'),
    422,
    'not_a_table',
  ],
  [
    'a CSV with the wrong columns',
    () => Buffer.from('姓名,年龄,城市\n张三,30,北京\n李四,25,上海\n'),
    422,
    'not_a_table',
  ],
  ['50 MB of noise', () => Buffer.alloc(50 * MB + 1, 0x61), 413, 'file_too_large'],
  ['a zip bomb disguised as .xlsx', zipBomb, 422, 'not_a_table'],
];

describe.each(ENGINES)('uploads on %s', (engine) => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(engine);
  });
  afterAll(async () => {
    await api?.close();
  });
  const upload = (bytes: Buffer, query = '') => uploadTable(api, bytes, query);
  /** Nothing changed but the audit event recording the refusal, with its reason. */
  const expectOnlyRefusalAudited = async (before: Record<string, number>, code: string) => {
    expect(await countRows(api.t)).toEqual({
      ...before,
      audit_events: (before.audit_events ?? 0) + 1,
    });
    const last = await api.t.db
      .selectFrom('audit_events')
      .selectAll()
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({ action: 'plan.import_refused', actor: 'admin' });
    expect(JSON.parse(last.after ?? '{}').code).toBe(code);
  };
  /** The sample moved to 2025, so it is a new plan. */
  const sample2025 = (name: 'jun' | 'sep') =>
    Buffer.from(sample(name).toString('utf8').replaceAll('2024', '2025'));

  it.each(BAD)('refuses %s and changes nothing', async (_name, make, status, code) => {
    const before = await countRows(api.t);
    const response = await upload(await make());
    expect(response.status).toBe(status);
    const { error } = response.json();
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(error.messageEn).toMatch(/[a-z]/);
    await expectOnlyRefusalAudited(before, code);
  });

  it('refuses a period imported already (409) and changes nothing', async () => {
    const before = await countRows(api.t);
    const response = await upload(sample('sep'));
    expect(response.status).toBe(409);
    expect(response.json().error.code).toBe('period_already_imported');
    await expectOnlyRefusalAudited(before, 'period_already_imported');
  });

  it('dry run shows what would change and keeps nothing', async () => {
    const before = await countRows(api.t);
    const response = await upload(sample2025('jun'), '?dryRun=true');
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({
      dryRun: true,
      plan: { id: null, created: true },
      items: { created: 12 },
      reports: { created: 12 },
    });
    expect(await countRows(api.t)).toEqual(before);
  });

  it('imports two periods of a new table into one plan with two periods', async () => {
    const first = await upload(sample2025('jun'));
    expect(first.status).toBe(201);
    const second = await upload(sample2025('sep'));
    expect(second.status).toBe(201);
    expect(second.json().plan).toMatchObject({
      id: first.json().plan.id,
      created: false,
      year: 2025,
    });
    const plans = (await api.call('admin', 'GET', '/api/plans')).json();
    expect(plans).toHaveLength(2);
    const periods = (
      await api.call('admin', 'GET', `/api/plans/${first.json().plan.id}/periods`)
    ).json();
    expect(periods).toHaveLength(2);
  });

  it('asks for a file when the request has none', async () => {
    const response = await api.call('admin', 'POST', '/api/imports', {});
    expect(response.status).toBe(400);
    expect(response.json().error.code).toBe('file_missing');
  });
});
