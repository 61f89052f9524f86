import { describe, expect, it } from 'vitest';
import { readTextTable } from './read-text.ts';

describe('texts that are no progress report', () => {
  it.each([
    [
      'a phone list',
      '联系电话\n县教育局 0771-5550101\n县民政局 0771-5550102\n县卫健局 0771-5550103',
      '电话',
    ],
    [
      'a budget table',
      '部门预算收支总表\n| 项目 | 预算数 |\n| 一般公共预算拨款收入 | 2860.5 |\n| 社会保障和就业支出 | 2410.2 |\n| 支出总计 | 2995.5 |',
      '预算',
    ],
    ['a news article', '某市召开推进会\n会议强调，要压紧压实责任，推动各项任务落地见效。', '新闻'],
  ])('refuses %s with its reason', (_, text, reason) => {
    expect(() => readTextTable(text)).toThrow(expect.objectContaining({ code: 'not_a_report' }));
    expect(() => readTextTable(text)).toThrow(reason);
  });
});
