import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../../test/factories/plan-document.ts';
import { exportXlsx } from '../export/xlsx.ts';
import { expectedItemCells } from '../testing/expected-grid.ts';
import { importXlsx } from './xlsx.ts';

async function workbookBytes(
  fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Sheet1'), workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('importXlsx', () => {
  it('reads back what exportXlsx wrote (round trip at the Grid level)', async () => {
    const doc = buildPlanDocument();
    for (const assessment of [false, true]) {
      const grid = await importXlsx(
        await exportXlsx(doc, { attachmentLabel: '附件4', assessment }),
      );
      expect(grid.headingLines).toEqual([
        '附件4',
        '2020年市十件民生实事1-9月进展情况汇总表',
        '（共6项）',
      ]);
      expect(grid.rows[0]?.cells.map((c) => c.text).slice(0, 7)).toEqual([
        '大类',
        '序号',
        '工作任务',
        '分管市领导',
        '责任单位',
        '责任人',
        '进展情况',
      ]);
      expect(grid.rows.slice(1).map((row) => row.cells)).toEqual(
        expectedItemCells(doc, { assessment, mergedCategories: true }),
      );
      expect(grid.rows[1]?.line).toBe(5);
    }
  });

  it('gives non-master cells of a vertical merge the master text; a horizontal span stays empty', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['附件1\n2021年民生实事完成情况表']);
      sheet.mergeCells('A1:D1');
      sheet.addRow(['类别', '序号', '项目名称', '完成情况']);
      sheet.addRow(['教育', 1, '新建幼儿园', '已完成']);
      sheet.addRow([null, 2, '改造校舍', '进度滞后']);
      sheet.mergeCells('A3:A4');
      sheet.addRow(['养老', 3, '长者饭堂 30 个', null]);
      sheet.mergeCells('C5:D5');
    });
    const grid = await importXlsx(bytes);
    expect(grid.headingLines).toEqual(['附件1', '2021年民生实事完成情况表']);
    expect(grid.rows.map((row) => row.cells)).toEqual([
      [{ text: '类别' }, { text: '序号' }, { text: '项目名称' }, { text: '完成情况' }],
      [{ text: '教育' }, { text: '1' }, { text: '新建幼儿园' }, { text: '已完成' }],
      [{ text: '教育', merged: true }, { text: '2' }, { text: '改造校舍' }, { text: '进度滞后' }],
      [{ text: '养老' }, { text: '3' }, { text: '长者饭堂 30 个' }, { text: '' }],
    ]);
  });

  it('reads the sheet holding the table and, without a header row, emits every row', async () => {
    const bytes = await workbookBytes((sheet, workbook) => {
      sheet.addRow(['说明：本表每月更新']);
      const data = workbook.addWorksheet('数据');
      data.addRow(['甲', '乙']);
    });
    const grid = await importXlsx(bytes);
    expect(grid).toEqual({
      headingLines: [],
      rows: [{ cells: [{ text: '说明：本表每月更新' }], missingBefore: 0, line: 1 }],
    });
  });
});
