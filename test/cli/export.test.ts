/** `minsheng export` and `minsheng circular`: real files that real libraries open. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../src/documents/export/pdf.ts';
import { describeSeed, SEED_TABLE } from '../seed.ts';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'minsheng-export-'));

async function documentText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<[^>]+>/g, '');
}

describeSeed('minsheng export', () => {
  it('writes the official table as .docx with the title, the count and every item', async () => {
    const out = join(dir, 'table.docx');
    const { code } = runCli([
      'export',
      SEED_TABLE,
      '--format',
      'docx',
      '-o',
      out,
      '--attachment',
      '附件4',
    ]);
    expect(code).toBe(0);
    const text = await documentText(out);
    expect(text).toContain('附件4');
    expect(text).toContain('2020年市十件民生实事1-9月进展情况汇总表');
    expect(text).toContain('（共21项）');
    expect(text).toContain('已完成农村公路建设81.661公里，危桥改造6座。');
  });

  it('writes .xlsx with the table and, with --assessment, the computed status', async () => {
    /** The summary sheet's rows as texts: the header row and item 13 (roads and bridges). */
    const summary = async (flags: string[]) => {
      const out = join(dir, `table${flags.length}.xlsx`);
      expect(runCli(['export', SEED_TABLE, '--format', 'xlsx', '-o', out, ...flags]).code).toBe(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(out);
      const rows: string[][] = [];
      book.worksheets[0]?.eachRow((row) => {
        const texts: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell) => {
          texts.push(cell.text);
        });
        rows.push(texts);
      });
      const header = rows.find((r) => r.includes('进展情况')) ?? [];
      const item13 = rows.find((r) => r[1] === '13') ?? [];
      return { header, item13 };
    };
    const plain = await summary([]);
    expect(plain.header).not.toContain('评估');
    expect(plain.item13.slice(7).filter(Boolean)).toEqual([]);

    // Item 13 says 按进度完成, but its 6 of 12 bridges at 74.9% of the year are behind.
    const assessed = await summary(['--assessment']);
    expect(assessed.header.slice(7)).toEqual(['完成率', '序时进度', '评估']);
    expect(assessed.item13.slice(7)).toEqual(['50%', '74.9%', '滞后']);
  });

  it('writes CSV that starts with a BOM', () => {
    const out = join(dir, 'table.csv');
    expect(runCli(['export', SEED_TABLE, '--format', 'csv', '-o', out]).code).toBe(0);
    expect(readFileSync(out).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it.skipIf(!findChromium())('prints the table to PDF through Chromium', () => {
    const out = join(dir, 'table.pdf');
    expect(runCli(['export', SEED_TABLE, '--format', 'pdf', '-o', out]).code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses an unknown format with usage (exit 2)', () => {
    expect(runCli(['export', SEED_TABLE, '--format', 'odt', '-o', join(dir, 'x')]).code).toBe(2);
  });
});

describe('minsheng circular', () => {
  it('drafts the circular: totals, lagging items with figures, and changes since the last period', async () => {
    const out = join(dir, 'circular.docx');
    const { code } = runCli([
      'circular',
      'samples/shiyi-2024-jan-sep.txt',
      '--previous',
      'samples/shiyi-2024-jan-jun.txt',
      '-o',
      out,
    ]);
    expect(code).toBe(0);
    const text = await documentText(out);
    expect(text).toContain('截至9月底，12项中已完成');
    expect(text).toContain('进度滞后的事项');
    expect(text).toContain('与上期相比');
  });
});
