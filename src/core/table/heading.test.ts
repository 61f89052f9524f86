import { describe, expect, it } from 'vitest';
import { readHeading } from './heading.ts';

describe('readHeading', () => {
  it.each([
    [
      ['附件4', '2020年市十件民生实事1-9月进展情况汇总表', '（共21项）'],
      2020,
      21,
      '1-9月',
      '2020-09-30',
    ],
    [['2023年县十件民生实事上半年进展情况', '共二十一项'], 2023, 21, '上半年', '2023-06-30'],
    [['2024年民生实事项目1至3月推进情况表（共30件）'], 2024, 30, '1-3月', '2024-03-31'],
    [['2021年十大民生实事第一季度进展'], 2021, null, '第一季度', '2021-03-31'],
    [['2022年民生实事项目进展情况（截至11月底）'], 2022, null, '1-11月', '2022-11-30'],
    [['2020年民生实事１－６月进展情况'], 2020, null, '1-6月', '2020-06-30'],
    [['2023年县十件民生实事一至九月进展情况'], 2023, null, '1-9月', '2023-09-30'],
    [['2023年民生实事项目推进情况表（截至2023年9月20日）'], 2023, null, '1-9月', '2023-09-20'],
  ])('%j', (lines, year, count, label, end) => {
    const heading = readHeading(lines, 1999);
    expect(heading.year).toBe(year);
    expect(heading.declaredItemCount).toBe(count);
    expect(heading.period?.label).toBe(label);
    expect(heading.period?.end).toBe(end);
  });

  it('uses the fallback year and no period when the heading names neither', () => {
    expect(readHeading(['民生实事汇总表'], 2025)).toEqual({
      title: '民生实事汇总表',
      year: 2025,
      declaredItemCount: null,
      period: null,
    });
  });
});
