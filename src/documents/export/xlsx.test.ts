import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../../test/factories/plan-document.ts';
import { exportXlsx } from './xlsx.ts';

async function reopen(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its own Buffer; the runtime takes Node's.
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

describe('exportXlsx', () => {
  const doc = buildPlanDocument();

  it('writes heading, title and count line above the header row, title merged across the table', async () => {
    const sheet = (await reopen(await exportXlsx(doc, { attachmentLabel: '附件4' }))).getWorksheet(
      '汇总表',
    );
    expect(sheet?.getCell('A1').text).toBe('附件4');
    expect(sheet?.getCell('A2').text).toBe('2020年市十件民生实事1-9月进展情况汇总表');
    expect(sheet?.getCell('G2').master.address).toBe('A2');
    expect(sheet?.getCell('A3').text).toBe('（共6项）');
    expect(sheet?.getRow(4).values).toEqual([
      undefined,
      '大类',
      '序号',
      '工作任务',
      '分管市领导',
      '责任单位',
      '责任人',
      '进展情况',
    ]);
  });

  it('merges each category cell over its items and wraps text', async () => {
    const sheet = (await reopen(await exportXlsx(doc))).getWorksheet('汇总表');
    // Without a heading: title row 1, count row 2, header row 3, items from row 4.
    const merges = (sheet?.model as { merges?: string[] } | undefined)?.merges;
    expect(merges).toEqual(expect.arrayContaining(['A4:A5', 'A6:A7', 'A8:A9']));
    expect(sheet?.getCell('A5').master.address).toBe('A4');
    expect(sheet?.getCell('A4').text).toBe('一、提高医疗卫生服务水平');
    expect(sheet?.getCell('E4').text).toBe('市卫生健康局\n市政务服务数据管理局\n市妇联');
    expect(sheet?.getCell('G4').alignment?.wrapText).toBe(true);
    expect(sheet?.getRow(4).height).toBeGreaterThan(60);
  });

  it('freezes the header, prints A4 landscape one page wide with the header row repeated', async () => {
    const sheet = (await reopen(await exportXlsx(doc, { attachmentLabel: '附件4' }))).getWorksheet(
      '汇总表',
    );
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet?.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '4:4',
    });
    expect(sheet?.columns.map((c) => c.width)).toEqual([12, 6, 40, 10, 25, 15, 56]);
  });

  it('adds the assessment columns on request', async () => {
    const sheet = (await reopen(await exportXlsx(doc, { assessment: true }))).getWorksheet(
      '汇总表',
    );
    expect(sheet?.getCell('J3').text).toBe('评估');
    // Item 5 (row 8): 6 of 12 bridges at 74.9% of the year is 滞后 by thresholds.ts.
    expect(['H8', 'I8', 'J8'].map((at) => sheet?.getCell(at).text)).toEqual([
      '50%',
      '74.9%',
      '滞后',
    ]);
  });

  it('lists every indicator as plain data on the second sheet', async () => {
    const sheet = (await reopen(await exportXlsx(doc))).getWorksheet('指标');
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      '序号',
      '指标',
      '类型',
      '目标',
      '单位',
      '实际',
      '完成率',
      '序时进度',
      '评估',
    ]);
    expect(sheet?.rowCount).toBe(1 + doc.items.reduce((n, item) => n + item.indicators.length, 0));
    const bridges = sheet?.getRow(8).values as unknown[];
    expect(bridges.slice(1, 7)).toEqual(['5', '改造危桥', '累计数量', 12, '座', 6]);
    expect(bridges[7]).toBeCloseTo(0.5);
    expect(bridges[8]).toBeCloseTo(274 / 366);
    expect(bridges[9]).toBe('滞后');
    expect(sheet?.getCell('G8').numFmt).toBe('0.0%');
  });
});
