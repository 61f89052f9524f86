/** Downloads of the summary table and the circular, as the public and the office get them. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, startApi } from './harness.ts';

async function wordText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, '');
}

describe('document downloads (SQLite)', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi('sqlite');
  });
  afterAll(async () => {
    await api?.close();
  });
  const download = (url: string, who: 'admin' | 'public' = 'admin') =>
    api.app.inject({
      method: 'GET',
      url,
      headers: who === 'admin' ? { cookie: api.sessions.admin.cookie } : {},
    });

  it('gives the public the published table as .docx named after the plan', async () => {
    const office = await download(`/api/plans/${api.planId}/table.docx?attachment=附件2`, 'public');
    expect(office.statusCode).toBe(303);
    const response = await download(office.headers.location as string, 'public');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('示例市2024年十件民生实事1-6月进展情况汇总表.docx')}`,
    );
    const text = await wordText(response.rawPayload);
    expect(text).toContain('附件2');
    expect(text).toContain('（共12项）');
  });

  it('gives .xlsx with the assessment columns when asked', async () => {
    const response = await download(`/api/plans/${api.planId}/table.xlsx?assessment=true`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const header = book.worksheets[0]?.getRow(3).values as string[];
    expect(header.join('|')).toMatch(/完成率\|序时进度\|评估/);
  });

  it('gives the CSV and the print view', async () => {
    const csv = await download(`/api/plans/${api.planId}/table.csv`);
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const html = await download(`/api/plans/${api.planId}/table.html`);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('<table');
  });

  it('drafts the circular of the latest period for the office, with the changes since the one before', async () => {
    const url = `/api/plans/${api.planId}/circular.docx`;
    const response = await api.app.inject({
      method: 'GET',
      url,
      headers: { cookie: api.sessions.admin.cookie },
    });
    expect(response.statusCode).toBe(200);
    const text = await wordText(response.rawPayload);
    expect(text).toContain('截至9月底，12项中');
    expect(text).toContain('与上期相比');
  });

  it('keeps the circular from the public and from units', async () => {
    const url = `/api/plans/${api.planId}/circular.docx`;
    expect((await download(url, 'public')).statusCode).toBe(401);
    const unit = await api.app.inject({
      method: 'GET',
      url,
      headers: { cookie: api.sessions.health.cookie },
    });
    expect(unit.statusCode).toBe(403);
  });

  it('refuses an unknown format and an unknown plan', async () => {
    expect((await download(`/api/plans/${api.planId}/table.odt`)).statusCode).toBe(400);
    expect((await download('/api/plans/999/table.docx')).statusCode).toBe(404);
    expect((await download('/api/public/plans/999/table.docx', 'public')).statusCode).toBe(404);
  });
});
