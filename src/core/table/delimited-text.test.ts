import { describe, expect, it } from 'vitest';
import { readDelimitedText } from './delimited-text.ts';
import { textShape } from './read-text.ts';

const cells = (text: string) => readDelimitedText(text).rows.map((r) => r.cells.map((c) => c.text));

describe('rows of one line, cells separated by TABs or spaces', () => {
  it('keeps the empty cells of a TAB row', () => {
    const text =
      '标题\n序号\t项目\t目标\t完成\t责任单位\n1\t危房改造(户)\t500\t320\t县住建局\n\t其中：抗震改造(户)\t120\t70\n';
    expect(textShape(text)).toBe('delimited');
    expect(cells(text)).toEqual([
      ['序号', '项目', '目标', '完成', '责任单位'],
      ['1', '危房改造(户)', '500', '320', '县住建局'],
      ['', '其中：抗震改造(户)', '120', '70'],
    ]);
  });

  it('splits at runs of spaces', () => {
    const text =
      '标题\n序号  项目名称          年度目标  累计完成  责任单位\n1     新建农村公路(公里)  120       96.5      县交通运输局\n';
    expect(textShape(text)).toBe('delimited');
    expect(cells(text)[1]).toEqual(['1', '新建农村公路(公里)', '120', '96.5', '县交通运输局']);
  });
});
