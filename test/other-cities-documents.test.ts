/**
 * A combined unit-and-person column as units send it in Word and Excel: "牵头单位及主要负责人"
 * with the person on the line after the unit, "责任单位（责任人）" with several 单位（人） pairs, and
 * a lead-unit cell merged over the rows of its group.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildPlanDocument, readPlan } from '../src/core/read-plan.ts';
import { importGrid } from '../src/documents/import/import-grid.ts';
import { minimalDocx, p, tbl, tc, tr } from '../src/documents/testing/ooxml-fixtures.ts';

const read = async (bytes: Buffer) => buildPlanDocument(readPlan(await importGrid(bytes)));
const people = (doc: Awaited<ReturnType<typeof read>>) =>
  doc.items.map((i) => [i.no, i.leadUnit, i.responsibilities.map((r) => [r.unit, r.person])]);

describe('a combined unit and person column', () => {
  it('reads unit→person pairs and the lead unit from a .docx, one line each', async () => {
    const bytes = await minimalDocx(
      p('2023年某县民生实事1-6月进展情况') +
        tbl(4, [
          tr([tc('序号'), tc('工作任务'), tc('牵头单位及主要负责人'), tc('进展情况')]),
          tr([
            tc('1'),
            tc('新建乡镇污水处理设施8座。'),
            tc('县住建局\n张某某\n县生态环境局\n黄某某'),
            tc('按进度完成。已建成5座。'),
          ]),
          tr([tc('2'), tc('新增城乡公交线路6条。'), tc('县交通运输局\n林某某'), tc('已开通6条。')]),
        ]),
    );
    const doc = await read(bytes);
    expect(people(doc)).toEqual([
      [
        '1',
        '县住建局',
        [
          ['县住建局', '张某某'],
          ['县生态环境局', '黄某某'],
        ],
      ],
      ['2', '县交通运输局', [['县交通运输局', '林某某']]],
    ]);
    expect(doc.items.map((i) => i.indicators.map((x) => x.actual))).toEqual([[5], [6]]);
  });

  it('reads 单位（人） pairs from an .xlsx, and a lead unit merged over its group', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['2022年某区民生实事进展情况表（截至9月底）']);
    sheet.addRow(['序号', '项目', '责任单位（责任人）', '进展情况']);
    sheet.addRow([
      '1',
      '新建口袋公园15个',
      '区园林中心（赵某某）、区城管局（钱某某）',
      '已建成9个',
    ]);
    sheet.addRow(['2', '新增停车泊位2000个', '区城管局（孙某某）', '已建成1320个']);
    sheet.addRow(['3', '改造背街小巷40条', '', '已完成31条']);
    sheet.mergeCells('C4:C5');
    const doc = await read(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(people(doc)).toEqual([
      [
        '1',
        '区园林中心',
        [
          ['区园林中心', '赵某某'],
          ['区城管局', '钱某某'],
        ],
      ],
      ['2', '区城管局', [['区城管局', '孙某某']]],
      ['3', '区城管局', [['区城管局', '孙某某']]],
    ]);
    expect(doc.plan.period?.end).toBe('2022-09-30');
  });
});
