import { describe, expect, it } from 'vitest';
import { readFlatText } from './flat-text.ts';

describe('readFlatText', () => {
  it('starts a cell at each TAB line, continues it on lines without one, ends the row at a blank line', () => {
    const grid = readFlatText(
      '附件4\n标题\n\t大类\n\t序号\n\n\t一、提高\n医疗卫生\n\t1\n\n\t\n\t2\n',
    );
    expect(grid.headingLines).toEqual(['附件4', '标题']);
    expect(grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['大类', '序号'],
      ['一、提高\n医疗卫生', '1'],
      ['', '2'],
    ]);
  });

  it('treats " \\t" as the start of a row whose leading cells were not printed', () => {
    const grid = readFlatText('\t任务\n\t进展\n最后一行\n \t19\n\t任务二\n \t任务三\n');
    expect(grid.rows.map((r) => [r.cells.map((c) => c.text), r.missingBefore, r.line])).toEqual([
      [['任务', '进展\n最后一行'], 0, 1],
      [['19', '任务二'], null, 4],
      [['任务三'], null, 6],
    ]);
  });

  it('accepts CRLF line ends and a byte-order mark', () => {
    const grid = readFlatText('\uFEFF标题\r\n\t序号\r\n\t工作任务\r\n');
    expect(grid.headingLines).toEqual(['标题']);
    expect(grid.rows[0]?.cells.map((c) => c.text)).toEqual(['序号', '工作任务']);
  });
});
