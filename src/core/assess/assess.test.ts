import { describe, expect, it } from 'vitest';
import { indicator, item } from '../../../test/factories/indicator.ts';
import { assessItem, findDiscrepancy } from './assess-item.ts';
import { expectedShare } from './expectation.ts';
import { assessIndicator, completionOf } from './indicator.ts';

describe('time-proportional expectation', () => {
  it('is 274 of 366 days at the end of September 2020', () => {
    expect(expectedShare('2020-01-01', '2020-12-31', '2020-09-30')).toBeCloseTo(274 / 366, 10);
  });
  it('is bounded by 0 before the start and 1 after the deadline', () => {
    expect(expectedShare('2021-01-01', '2025-12-31', '2020-06-30')).toBe(0);
    expect(expectedShare('2020-01-01', '2020-06-30', '2020-09-30')).toBe(1);
  });
  it('spreads a multi-year target over its whole span', () => {
    expect(expectedShare('2021-01-01', '2025-12-31', '2021-12-31')).toBeCloseTo(365 / 1826, 5);
  });
});

describe('indicator completion', () => {
  it('is actual over target and keeps values over 100%', () => {
    expect(
      completionOf(indicator({ what: '农村公路建设', target: 150, actual: 81.661 })),
    ).toBeCloseTo(0.5444, 4);
    expect(completionOf(indicator({ what: '培训', target: 25000, actual: 34176 }))).toBeCloseTo(
      1.367,
      3,
    );
  });
  it('reads lower-is-better targets as done while under the cap', () => {
    const rate = indicator({
      what: '城镇调查失业率',
      kind: 'rate',
      unit: '%',
      direction: 'at_most',
      target: 5.5,
    });
    expect(completionOf({ ...rate, actual: 5.2 })).toBe(1);
    expect(completionOf({ ...rate, actual: 6.6 })).toBeCloseTo(5.5 / 6.6, 5);
  });
  it('counts from the baseline of "从1200元提高到1500元"', () => {
    expect(
      completionOf(
        indicator({
          what: '补助标准',
          kind: 'standard',
          target: 1500,
          baseline: 1200,
          actual: 1350,
        }),
      ),
    ).toBe(0.5);
  });
  it('falls back on a printed percentage when no figure is stated', () => {
    expect(completionOf(indicator({ what: '污水管网', target: 50, reportedPercent: 65 }))).toBe(
      0.65,
    );
    expect(
      completionOf(indicator({ what: '污水管网', target: 50, actual: 20, reportedPercent: 65 })),
    ).toBe(0.4);
  });
  it('is unknown without an actual, unless the words say it is done', () => {
    expect(completionOf(indicator({ what: '全覆盖', kind: 'milestone' }))).toBeNull();
    expect(completionOf(indicator({ what: '全覆盖', kind: 'milestone', achieved: true }))).toBe(1);
  });
  it('forecasts the year-end value of a count at the current pace', () => {
    const a = assessIndicator(
      indicator({ what: '农村公路建设', target: 150, actual: 81.661 }),
      274 / 366,
    );
    expect(a.forecast).toBeCloseTo(109.08, 1);
    expect(a.status).toBe('lagging');
  });
});

describe('item assessment', () => {
  const asOf = '2020-09-30';
  const roads = item({
    indicators: [
      indicator({ what: '农村公路建设', target: 150, unit: '公里', actual: 81.661 }),
      indicator({ what: '危桥改造', target: 12, unit: '座', actual: 6 }),
    ],
  });

  it('is decided by the worst indicator', () => {
    const a = assessItem(roads, asOf);
    expect(a.status).toBe('lagging');
    expect(a.decidedBy).toBe('危桥改造');
    expect(a.progress).toBe(0.5);
  });

  it('calls far-behind items severely lagging', () => {
    const a = assessItem(
      item({ indicators: [indicator({ what: '区域性养老服务中心', target: 7, actual: 2 })] }),
      asOf,
    );
    expect(a.status).toBe('severely_lagging');
  });

  it('is completed only when every indicator is done', () => {
    const done = indicator({ what: '甲', target: 10, actual: 10 });
    expect(assessItem(item({ indicators: [done] }), asOf).status).toBe('completed');
    expect(
      assessItem(item({ indicators: [done, indicator({ what: '乙', target: 5 })] }), asOf).status,
    ).toBe('on_track');
  });

  it('is unknown with no measurable indicator', () => {
    expect(
      assessItem(item({ indicators: [indicator({ what: '甲', target: 4 })] }), asOf),
    ).toMatchObject({
      status: 'unknown',
      decidedBy: null,
      progress: null,
    });
  });

  it('does not call anything lagging in the first weeks of the year', () => {
    expect(assessItem(roads, '2020-01-20').status).toBe('on_track');
  });
});

describe('discrepancy', () => {
  const behind = assessItem(
    item({
      indicators: [indicator({ what: '农村公路建设', target: 150, unit: '公里', actual: 81.661 })],
    }),
    '2020-09-30',
  );
  it('is found when the label says on schedule and the figures say behind', () => {
    const d = findDiscrepancy('on_schedule', behind);
    expect(d?.status).toBe('lagging');
    expect(d?.message).toContain('按进度');
    expect(d?.message).toContain('54.4%');
    expect(d?.messageEn).toContain('74.9%');
  });
  it('is not found when the unit itself reports a delay, or states nothing', () => {
    expect(findDiscrepancy('lagging', behind)).toBeNull();
    expect(findDiscrepancy(null, behind)).toBeNull();
  });
  it('is found when a label says completed but an indicator is short', () => {
    const a = assessItem(
      item({
        indicators: [
          indicator({ what: '甲', target: 10, actual: 9 }),
          indicator({ what: '乙', target: 5, actual: 5 }),
        ],
      }),
      '2020-09-30',
    );
    expect(findDiscrepancy('completed', a)?.status).toBe('on_track');
  });
});
