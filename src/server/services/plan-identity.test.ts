import { describe, expect, it } from 'vitest';
import { planIdentity } from './plan-identity.ts';

const header = (title: string, label: string | null) => ({
  title,
  year: 2024,
  declaredItemCount: 12,
  period: label ? { label, start: '2024-01-01', end: '2024-06-30' } : null,
});

describe('planIdentity', () => {
  it.each([
    ['示例市2024年十件民生实事1-6月进展情况汇总表', '1-6月', '示例市2024年十件民生实事', '示例市'],
    ['示例市2024年十件民生实事1-9月进展情况汇总表', '1-9月', '示例市2024年十件民生实事', '示例市'],
    ['2024年市十件民生实事上半年进展情况', '上半年', '2024年市十件民生实事', '未注明'],
    ['某县2024年民生实事项目', null, '某县2024年民生实事项目', '某县'],
    [
      '某市2024年民生实事项目推进情况表（截至2024年9月30日）',
      '1-9月',
      '某市2024年民生实事项目',
      '某市',
    ],
    ['某市2024年民生实事项目一至六月推进情况表', '1-6月', '某市2024年民生实事项目', '某市'],
    ['某市2024年民生实事项目1—6月份完成情况统计表', '1-6月', '某市2024年民生实事项目', '某市'],
  ])('%s', (title, label, expected, place) => {
    expect(planIdentity(header(title, label))).toEqual({
      title: expected,
      jurisdiction: place,
      year: 2024,
    });
  });
});
