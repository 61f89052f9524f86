import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../../test/factories/plan-document.ts';
import { exportCsv } from '../export/csv.ts';
import { exportDocx } from '../export/docx.ts';
import { exportHtml } from '../export/html.ts';
import { exportXlsx } from '../export/xlsx.ts';
import { detectFormat } from './detect.ts';

const SEED = new URL('../../../../shared/seed/jiangmen-2020-jan-sep.txt', import.meta.url);

describe('detectFormat', () => {
  const doc = buildPlanDocument();

  it('tells .docx from .xlsx by the parts inside the zip, not by a name', async () => {
    expect(detectFormat(await exportDocx(doc))).toBe('docx');
    expect(detectFormat(await exportXlsx(doc))).toBe('xlsx');
  });

  it('tells CSV, JSON and a flattened Word table apart', () => {
    expect(detectFormat(exportCsv(doc))).toBe('csv');
    expect(detectFormat(Buffer.from(JSON.stringify(doc)))).toBe('json');
    expect(detectFormat(Buffer.from(exportHtml(doc)))).toBe('text');
    expect(
      detectFormat(
        Buffer.from(
          '附件4\n\t大类\n\t序号\n\t工作任务\n\n\t一、提高\n医疗卫生服务水平\n\t1\n\t任务\n',
        ),
      ),
    ).toBe('text');
  });

  it.runIf(existsSeed())('reads the seed as a flattened table, not CSV', () => {
    expect(detectFormat(readFileSync(SEED))).toBe('text');
  });

  it('calls binary, OLE files and zips of other things unknown', () => {
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect(detectFormat(noise)).toBe('unknown');
    expect(detectFormat(Buffer.from(`d0cf11e0a1b11ae1${'00'.repeat(504)}`, 'hex'))).toBe('unknown');
    expect(detectFormat(Buffer.from('504b0304', 'hex'))).toBe('unknown');
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\nstream\n', 'latin1'),
      Buffer.from([0x78, 0x9c, 0x00, 0x01]),
    ]);
    expect(detectFormat(pdf)).toBe('unknown');
  });
});

function existsSeed(): boolean {
  try {
    readFileSync(SEED);
    return true;
  } catch {
    return false;
  }
}
