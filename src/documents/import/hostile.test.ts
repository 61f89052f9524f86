/**
 * Hostile files are refused with a DocumentError, fast: nothing is inflated past the budget,
 * no entity is expanded, no row past the limit becomes an object.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../document-error.ts';
import { forgeDeclaredSize, minimalDocx, tbl, tc, tr } from '../testing/ooxml-fixtures.ts';
import { importCsv } from './csv.ts';
import { importDocx } from './docx.ts';
import { importGrid } from './import-grid.ts';
import { LIMITS } from './limits.ts';
import { importXlsx } from './xlsx.ts';

const SHEET = 'xl/worksheets/sheet1.xml';

/** A real workbook whose sheet is padded with `bytes` of whitespace (deflates ~1000:1). */
async function bombXlsx(bytes: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('汇总表').addRow(['序号', '工作任务', '进展情况']);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const sheet = (await zip.file(SHEET)?.async('string')) ?? '';
  zip.file(SHEET, sheet.replace('<sheetData>', `${' '.repeat(bytes)}<sheetData>`));
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

async function refusal(work: Promise<unknown>): Promise<{ error: DocumentError; ms: number }> {
  const started = performance.now();
  try {
    await work;
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    expect(error.message).not.toContain('\n');
    expect(error.messageEn).toMatch(/^[\x20-\x7e]+$/);
    return { error, ms: performance.now() - started };
  }
  throw new Error('expected a DocumentError');
}

describe('hostile documents', () => {
  it('refuses a zip bomb disguised as .xlsx from its declared sizes, before inflating', async () => {
    const bomb = await bombXlsx(LIMITS.inflatedBytes + 1024 * 1024);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const { error, ms } = await refusal(importXlsx(bomb));
    expect(error.code).toBe('zip_bomb');
    expect(ms).toBeLessThan(100);
  });

  it('refuses a zip bomb that lies about its sizes once inflation passes the budget', async () => {
    const bomb = forgeDeclaredSize(await bombXlsx(LIMITS.inflatedBytes + 1024 * 1024), SHEET, 4096);
    const { error, ms } = await refusal(importGrid(bomb));
    expect(error.code).toBe('zip_bomb');
    expect(ms).toBeLessThan(5_000);
  });

  it('refuses a .docx whose XML declares entities (XXE)', async () => {
    const xxe = await minimalDocx(
      tbl(1, [tr([tc('&xxe;')])]),
      '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    );
    expect((await refusal(importDocx(xxe))).error.code).toBe('xml_entities');
  });

  it('refuses entity declarations in any part of an .xlsx, also in UTF-16', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('表').addRow(['序号']);
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const laughs =
      '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><sst/>';
    zip.file(
      'xl/sharedStrings.xml',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(laughs, 'utf16le')]),
    );
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect((await refusal(importXlsx(bytes))).error.code).toBe('xml_entities');
  });

  it('refuses a password-protected OOXML file (an OLE compound file) and tells legacy .xls apart', async () => {
    const header = Buffer.from('d0cf11e0a1b11ae1', 'hex');
    const encrypted = Buffer.concat([
      header,
      Buffer.alloc(504),
      Buffer.from('EncryptedPackage', 'utf16le'),
      Buffer.alloc(1024),
    ]);
    expect((await refusal(importXlsx(encrypted))).error.code).toBe('encrypted_file');
    expect((await refusal(importGrid(encrypted))).error.code).toBe('encrypted_file');
    const legacy = Buffer.concat([header, Buffer.alloc(2048)]);
    expect((await refusal(importDocx(legacy))).error.code).toBe('legacy_office_file');
  });

  it('refuses a 100,000-row .xlsx before building its cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('汇总表');
    for (let i = 1; i <= 100_000; i++) sheet.addRow([i]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const { error, ms } = await refusal(importXlsx(bytes));
    expect(error.code).toBe('too_many_rows');
    expect(ms).toBeLessThan(3_000);
  }, 20_000);

  it('refuses too many CSV rows, oversized uploads and noise', async () => {
    expect(
      (
        await refusal(
          Promise.resolve().then(() =>
            importCsv(Buffer.from('序号,任务\n'.repeat(LIMITS.rows + 1))),
          ),
        )
      ).error.code,
    ).toBe('too_many_rows');
    expect((await refusal(importGrid(Buffer.alloc(LIMITS.inputBytes + 1)))).error.code).toBe(
      'file_too_large',
    );
    const noise = Buffer.from(Array.from({ length: 1 << 20 }, (_, i) => (i * 2654435761) >>> 24));
    expect((await refusal(importGrid(noise))).error.code).toBe('unsupported_format');
    expect(
      (await refusal(importGrid(Buffer.from('{"schema":"minsheng.plan/1"}')))).error.code,
    ).toBe('not_a_table');
  });

  it('refuses a damaged package', async () => {
    const docx = await minimalDocx(tbl(1, [tr([tc('1')])]));
    const truncated = docx.subarray(0, docx.length - 30);
    expect((await refusal(importDocx(truncated))).error.code).toBe('corrupt_file');
  });
});
