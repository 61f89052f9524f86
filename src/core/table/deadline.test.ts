import { describe, expect, it } from 'vitest';
import { readSpan } from './deadline.ts';

describe('readSpan', () => {
  it.each([
    ['2020年底前，完善疫苗接种管理体系建设', { start: '2020-01-01', deadline: '2020-12-31' }],
    ['年内实现低保人均补差水平', { start: '2020-01-01', deadline: '2020-12-31' }],
    ['2020年6月底前，实现垃圾分类全覆盖', { start: '2020-01-01', deadline: '2020-06-30' }],
    ['9月30日前完成校舍改造', { start: '2020-01-01', deadline: '2020-09-30' }],
    ['2021—2025年新建学校20所', { start: '2021-01-01', deadline: '2025-12-31' }],
    ['1月起，补贴提高至175元/人/月', { start: '2020-01-01', deadline: '2020-12-31' }],
  ])('%s', (task, span) => {
    expect(readSpan(task, 2020)).toEqual(span);
  });
});
