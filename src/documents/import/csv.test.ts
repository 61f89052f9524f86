import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../../test/factories/plan-document.ts';
import { exportCsv } from '../export/csv.ts';
import { expectedItemCells } from '../testing/expected-grid.ts';
import { importCsv } from './csv.ts';

const texts = (bytes: Buffer) => importCsv(bytes).rows.map((row) => row.cells.map((c) => c.text));

describe('importCsv', () => {
  it('reads back what exportCsv wrote, formula guards removed (round trip at the Grid level)', () => {
    const doc = buildPlanDocument();
    const first = doc.items[0];
    if (first) first.leaders = ['=赖燕芬', '-王长青'];
    const grid = importCsv(exportCsv(doc));
    expect(grid.rows[0]?.cells.map((c) => c.text)).toEqual([
      '大类',
      '序号',
      '工作任务',
      '分管市领导',
      '责任单位',
      '责任人',
      '进展情况',
    ]);
    expect(grid.rows.slice(1).map((row) => row.cells)).toEqual(
      expectedItemCells(doc, { mergedCategories: false }),
    );
    expect(grid.rows[1]?.cells[3]?.text).toBe('=赖燕芬\n-王长青');
  });

  it('detects tab and semicolon separators and keeps quoted line breaks', () => {
    expect(texts(Buffer.from('序号\t工作任务\t责任单位\n1\t"甲\n乙"\t市民政局\n'))).toEqual([
      ['序号', '工作任务', '责任单位'],
      ['1', '甲\n乙', '市民政局'],
    ]);
    expect(texts(Buffer.from('序号;工作任务;责任单位\r\n2;"a;b";"x""y"\r\n'))).toEqual([
      ['序号', '工作任务', '责任单位'],
      ['2', 'a;b', 'x"y'],
    ]);
  });

  it('reads GBK text as Excel saves "CSV" on Chinese Windows, and UTF-16 with BOM', () => {
    // 序号,工作任务,责任人 / 1,公路,张璐 in GBK
    const gbk = Buffer.from(
      'd0f2bac52cb9a4d7f7c8cecef12cd4f0c8cec8cb0a312cb9abc2b72cd5c5e8b40a',
      'hex',
    );
    expect(texts(gbk)).toEqual([
      ['序号', '工作任务', '责任人'],
      ['1', '公路', '张璐'],
    ]);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('序号\t大类\t责任人\r\n1\t甲\t乙\r\n', 'utf16le'),
    ]);
    expect(texts(utf16)).toEqual([
      ['序号', '大类', '责任人'],
      ['1', '甲', '乙'],
    ]);
  });

  it('puts lines above the header row into headingLines', () => {
    const grid = importCsv(Buffer.from('附件4,,\n（共2项）,,\n序号,工作任务,责任单位\n1,甲,乙\n'));
    expect(grid.headingLines).toEqual(['附件4', '（共2项）']);
    expect(grid.rows).toHaveLength(2);
  });
});
