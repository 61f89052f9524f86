import { describe, expect, it } from 'vitest';
import { TableError } from '../errors.ts';
import type { Grid, GridRow } from './grid.ts';
import { readGrid } from './read-grid.ts';

const HEADER = ['大类', '序号', '工作任务', '分管市领导', '责任单位', '责任人', '进展情况'];

function grid(
  rows: (string[] | GridRow)[],
  headingLines = ['2021年民生实事1-6月进展情况（共3项）'],
): Grid {
  return {
    headingLines,
    rows: rows.map((r, i) =>
      Array.isArray(r) ? { cells: r.map((text) => ({ text })), missingBefore: 0, line: i + 4 } : r,
    ),
  };
}

const row = (cat: string, no: string, task: string) => [
  cat,
  no,
  task,
  '李明',
  '市教育局\n市财政局',
  '王  芳\n赵强',
  '按进度完成。\n（1）已完成新建学校2所。',
];

describe('readGrid', () => {
  it('inherits an empty category cell from the row above and pairs units with persons', () => {
    const reading = readGrid(
      grid([
        HEADER,
        row('一、教育', '1', '新建学校3所。（牵头单位：市教育局）'),
        row('', '2', '改造校舍10所。'),
      ]),
    );
    expect(reading.categories).toEqual([{ ordinal: '一', title: '教育' }]);
    expect(reading.items.map((i) => [i.no, i.category, i.leadUnit])).toEqual([
      ['1', 0, '市教育局'],
      ['2', 0, '市教育局'],
    ]);
    expect(reading.items[0]?.responsibilities).toEqual([
      { unit: '市教育局', person: '王芳' },
      { unit: '市财政局', person: '赵强' },
    ]);
  });

  it('reads columns in another order, under other names, with an extra column', () => {
    const header = ['序号', '项目名称', '备注', '完成情况', '责任领导', '牵头单位', '责任人'];
    const reading = readGrid(
      grid(
        [header, ['1', '新建学校3所', '无', '已完成。', '李明', '县教育局', '王芳']],
        ['2022年民生实事'],
      ),
    );
    expect(reading.items[0]).toMatchObject({
      no: '1',
      task: '新建学校3所',
      leadUnit: '县教育局',
      leaders: ['李明'],
      responsibilities: [{ unit: '县教育局', person: '王芳' }],
      report: { statusLabel: '已完成', statusClaim: 'completed' },
    });
  });

  it('reads category rows that span the table and skips a header repeated after a page break', () => {
    const reading = readGrid(
      grid([
        HEADER,
        ['一、医疗卫生', '', '', '', '', '', ''],
        row('', '1', '新建卫生院3所。'),
        HEADER,
        ['二、教育', '', '', '', '', '', ''],
        row('', '2', '新建学校3所。'),
      ]),
    );
    expect(reading.categories.map((c) => c.title)).toEqual(['医疗卫生', '教育']);
    expect(reading.items.map((i) => i.category)).toEqual([0, 1]);
  });

  it('aligns a row that lost its number cell and infers the number', () => {
    const short = {
      cells: row('', '', '改造校舍10所。')
        .filter((_, i) => i !== 1)
        .map((text) => ({ text })),
      missingBefore: 0,
      line: 9,
    };
    const reading = readGrid(grid([HEADER, row('一、教育', '1', '新建学校3所。'), short]));
    expect(reading.items.map((i) => [i.no, i.task])).toEqual([
      ['1', '新建学校3所。'],
      ['2', '改造校舍10所。'],
    ]);
    expect(reading.warnings.map((w) => w.code)).toEqual(['number_inferred']);
  });

  it.each([
    [
      'no header',
      grid([
        ['甲', '乙', '丙'],
        ['1', '2', '3'],
      ]),
      'no_header',
    ],
    [
      'a column too many',
      grid([HEADER, [...row('一、教育', '1', '新建学校3所。'), '多余']]),
      'too_many_cells',
    ],
    ['no rows', { headingLines: ['标题'], rows: [] }, 'empty'],
    [
      'shuffled columns',
      grid([
        HEADER,
        ['一、教育', '新建学校3所。', '1', '李明', '按进度完成。', '王芳', '市教育局'],
        ['', '改造校舍10所。', '2', '李明', '已完成。', '赵强', '市财政局'],
      ]),
      'columns_mismatch',
    ],
  ])('refuses %s with a clear error naming the line', (_, input, code) => {
    try {
      readGrid(input as Grid);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TableError);
      expect((error as TableError).code).toBe(code);
      expect((error as TableError).messageEn).toMatch(/[a-z]/);
    }
  });

  it('names the line of a row with a column too many', () => {
    expect(() =>
      readGrid(grid([HEADER, [...row('一、教育', '1', '新建学校3所。'), '多余']])),
    ).toThrow(/第5行/);
  });
});
