import { describe, expect, it } from 'vitest';
import { readBareFigure } from './column-figures.ts';
import { findParagraphHeader, readParagraphText } from './paragraph-text.ts';
import { readPipeText } from './pipe-text.ts';
import { readProseText } from './prose-text.ts';
import { textShape } from './read-text.ts';

describe('text shapes', () => {
  it.each([
    ['\t序号\n\t工作任务\n', 'flat'],
    ['标题\n| 序号 | 项目 |\n| 1 | 公路 |\n', 'pipe'],
    ['标题\n1. 新建学校3所\n已完成。\n', 'prose'],
  ])('%j is %s', (text, shape) => {
    expect(textShape(text)).toBe(shape);
  });
});

describe('readPipeText', () => {
  it('skips separators and border pipes, and continues a cell on a line without pipes', () => {
    const grid = readPipeText('标题\n| 序号 | 项目 |\n|---|---|\n| 1 | 新建学校 |\n3所\n');
    expect(grid.headingLines).toEqual(['标题']);
    expect(grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['序号', '项目'],
      ['1', '新建学校\n3所'],
    ]);
  });
});

describe('readProseText', () => {
  it('turns headings, numbered items and paragraphs into rows', () => {
    const grid = readProseText(
      '一、教育\n1. 新建学校3所\n已建成2所。\n（二）新增学位2000个：已新增800个\n',
    );
    expect(grid.rows.slice(1).map((r) => r.cells.map((c) => c.text))).toEqual([
      ['一、教育', '1', '新建学校3所', '已建成2所。'],
      ['', '二', '新增学位2000个', '已新增800个'],
    ]);
  });

  it('finds nothing in text without numbered items', () => {
    expect(readProseText('这是一段没有编号的文字。\n另一段。').rows).toEqual([]);
  });
});

describe('readBareFigure', () => {
  it.each([
    ['1,200', { value: 1200, unit: '' }],
    ['2.5万人', { value: 25000, unit: '人' }],
    ['１２座', { value: 12, unit: '座' }],
    ['已完成12座', null],
  ])('%s', (text, figure) => {
    expect(readBareFigure(text)).toEqual(figure);
  });
});

describe('paragraph-per-cell tables', () => {
  it('find their header, joining a name wrapped over two lines', () => {
    expect(
      findParagraphHeader([
        '附件4',
        '标题',
        '大类',
        '序号',
        '工作任务',
        '分管',
        '市领导',
        '责任单位',
        '1',
      ]),
    ).toEqual({
      start: 2,
      end: 8,
      names: ['大类', '序号', '工作任务', '分管市领导', '责任单位'],
    });
    expect(textShape('标题\n序号\n工作任务\n进展情况\n1\n新建学校3所\n已完成。')).toBe('paragraph');
  });

  it('cut a row into cells where each fits its column', () => {
    const grid = readParagraphText(
      '序号\n工作任务\n分管市领导\n责任单位\n责任人\n进展情况\n1\n新建学校3所。（牵头单位：县教育局）\n李明\n县教育局\n县财政局\n王芳\n赵强\n按进度完成。\n已建成2所。',
    );
    expect(grid.rows[1]?.cells.map((c) => c.text)).toEqual([
      '1',
      '新建学校3所。（牵头单位：县教育局）',
      '李明',
      '县教育局\n县财政局',
      '王芳\n赵强',
      '按进度完成。\n已建成2所。',
    ]);
  });
});
