/**
 * The edges of the assessment rules: each threshold of thresholds.ts at and just past its value,
 * the cases where a figure must not be read as progress, and the exact words of a discrepancy.
 * Written against the surviving mutants of `npm run mutation`: each test is a behaviour a user
 * relies on that no other test pinned down.
 */
import { describe, expect, it } from 'vitest';
import { indicator, item } from '../../../test/factories/indicator.ts';
import { assessItem, findDiscrepancy } from './assess-item.ts';
import { expectedShare } from './expectation.ts';
import { assessIndicator, completionOf, statusFromPace } from './indicator.ts';
import { THRESHOLDS } from './thresholds.ts';

describe('thresholds at their edges', () => {
  it('keeps the documented cut-offs', () => {
    expect(THRESHOLDS).toEqual({
      onTrackPace: 0.9,
      severePace: 0.6,
      completed: 1,
      minimumElapsedToJudge: 0.1,
    });
  });

  it('is on track at exactly 90% of the time line, lagging just below', () => {
    expect(statusFromPace(0.45, 0.5)).toBe('on_track');
    expect(statusFromPace(0.449, 0.5)).toBe('lagging');
  });

  it('is lagging at exactly 60% of the time line, severely lagging just below', () => {
    expect(statusFromPace(0.3, 0.5)).toBe('lagging');
    expect(statusFromPace(0.299, 0.5)).toBe('severely_lagging');
  });

  it('is completed at 100% whatever the date, and not at 99.9%', () => {
    expect(statusFromPace(1, 0.05)).toBe('completed');
    expect(statusFromPace(0.999, 1)).toBe('on_track');
    expect(statusFromPace(0.999, 0.05)).toBe('on_track');
  });

  it('judges from 10% of the span on, and calls nothing behind before', () => {
    expect(statusFromPace(0, 0.1)).toBe('severely_lagging');
    expect(statusFromPace(0, 0.099)).toBe('on_track');
  });

  it('is unknown without a completion', () => {
    expect(statusFromPace(null, 0.5)).toBe('unknown');
  });
});

describe('time line edges', () => {
  it('counts both ends: the first day of a one-day span is all of it', () => {
    expect(expectedShare('2020-05-01', '2020-05-01', '2020-05-01')).toBe(1);
    expect(expectedShare('2020-05-01', '2020-05-01', '2020-04-30')).toBe(0);
    expect(expectedShare('2020-01-01', '2020-12-31', '2020-01-01')).toBeCloseTo(1 / 366, 10);
  });

  it('treats a deadline before the start as due, whatever the date', () => {
    expect(expectedShare('2020-06-01', '2020-05-01', '2020-01-01')).toBe(1);
    expect(expectedShare('2020-06-01', '2020-05-01', '2020-12-31')).toBe(1);
  });
});

describe('what is not progress', () => {
  it('reads a milestone not said done, a zero or missing target as unmeasurable', () => {
    expect(completionOf(indicator({ what: '全覆盖', kind: 'milestone', achieved: false }))).toBe(
      null,
    );
    expect(completionOf(indicator({ what: '甲', target: 0, actual: 5 }))).toBeNull();
    expect(completionOf(indicator({ what: '甲', target: null, actual: 5 }))).toBeNull();
  });

  it('takes words that say done for a count without a figure', () => {
    expect(completionOf(indicator({ what: '甲', target: 10, achieved: true }))).toBe(1);
  });

  it('uses a printed percentage only for counts: a rate or standard prints its level', () => {
    const printed = { target: 60, reportedPercent: 45 };
    expect(completionOf(indicator({ what: '占比', kind: 'rate', ...printed }))).toBeNull();
    expect(completionOf(indicator({ what: '标准', kind: 'standard', ...printed }))).toBeNull();
  });

  it('reads a lower-is-better target reached exactly at its cap as done', () => {
    const cap = indicator({ what: '失业率', kind: 'rate', target: 5.5, direction: 'at_most' });
    expect(completionOf({ ...cap, actual: 5.5 })).toBe(1);
  });

  it('counts from a baseline only when it is below the target, and never below zero', () => {
    const raise = { what: '补助标准', kind: 'standard' as const, target: 1500 };
    expect(completionOf(indicator({ ...raise, baseline: 1200, actual: 1100 }))).toBe(0);
    expect(completionOf(indicator({ ...raise, baseline: 1500, actual: 1200 }))).toBe(0.8);
    expect(completionOf(indicator({ ...raise, baseline: 1800, actual: 1200 }))).toBe(0.8);
  });
});

describe('forecast', () => {
  const roads = { what: '农村公路建设', target: 150, actual: 60 };
  it('is given for an unfinished count only', () => {
    expect(assessIndicator(indicator(roads), 0.5)).toEqual({
      what: '农村公路建设',
      completion: 0.4,
      expected: 0.5,
      status: 'lagging',
      forecast: 120,
    });
    expect(assessIndicator(indicator({ ...roads, actual: 150 }), 0.5).forecast).toBeNull();
    expect(assessIndicator(indicator({ ...roads, kind: 'rate' }), 0.5).forecast).toBeNull();
    expect(assessIndicator(indicator({ ...roads, actual: null }), 0.5).forecast).toBeNull();
    expect(assessIndicator(indicator({ ...roads, baseline: 20 }), 0.5).forecast).toBeNull();
  });
  it('is none before the span starts, rather than a division by zero', () => {
    expect(assessIndicator(indicator(roads), 0).forecast).toBeNull();
  });
});

describe('the deciding indicator', () => {
  const asOf = '2020-09-30';
  it('is the first of two equally behind', () => {
    const a = assessItem(
      item({
        indicators: [
          indicator({ what: '甲', target: 10, actual: 5 }),
          indicator({ what: '乙', target: 20, actual: 10 }),
        ],
      }),
      asOf,
    );
    expect([a.status, a.decidedBy, a.progress]).toEqual(['lagging', '甲', 0.5]);
  });

  it('is the worse status, even with a higher completion', () => {
    const a = assessItem(
      item({
        indicators: [
          indicator({ what: '甲', target: 10, actual: 3 }),
          indicator({ what: '乙', kind: 'rate', target: 100, actual: 40 }),
        ],
      }),
      '2020-03-31',
    );
    // 甲 30% at 24.9% of the year is on track; 乙 40% is on track too; the lower one decides.
    expect([a.status, a.decidedBy]).toEqual(['on_track', '甲']);
    const b = assessItem(
      item({
        indicators: [
          indicator({ what: '甲', target: 10, actual: 6 }),
          indicator({ what: '乙', target: 10, actual: 10 }),
          indicator({ what: '丙', target: 10, actual: 4 }),
        ],
      }),
      asOf,
    );
    expect([b.status, b.decidedBy, b.progress]).toEqual(['severely_lagging', '丙', 0.4]);
  });

  it('skips unmeasurable indicators, and one done beside them leaves the item on track', () => {
    const a = assessItem(
      item({
        indicators: [
          indicator({ what: '甲', target: 4 }),
          indicator({ what: '乙', target: 10, actual: 10 }),
        ],
      }),
      asOf,
    );
    expect([a.status, a.decidedBy, a.progress]).toEqual(['on_track', '乙', 1]);
    expect(a.indicators.map((i) => i.status)).toEqual(['unknown', 'completed']);
  });
});

describe('discrepancy words', () => {
  const behind = assessItem(
    item({ indicators: [indicator({ what: '改造危桥', target: 12, unit: '座', actual: 6 })] }),
    '2020-09-30',
  );

  it('says what was claimed, which figure contradicts it, and the verdict', () => {
    expect(findDiscrepancy('on_schedule', behind)).toEqual({
      claim: 'on_schedule',
      status: 'lagging',
      message: '自报“按进度”，但“改造危桥”完成50%，序时进度74.9%，评估为滞后',
      messageEn:
        'Reported "on schedule", but "改造危桥" is at 50% with 74.9% of the time elapsed: lagging',
    });
  });

  it.each([
    ['completed', '已完成'],
    ['ahead', '超序时'],
  ] as const)('reads a claim of %s against figures behind', (claim, zh) => {
    expect(findDiscrepancy(claim, behind)?.message).toBe(
      `自报“${zh}”，但“改造危桥”完成50%，序时进度74.9%，评估为滞后`,
    );
  });

  it('names a severely lagging verdict as such', () => {
    const far = assessItem(
      item({ indicators: [indicator({ what: '养老中心', target: 7, actual: 2 })] }),
      '2020-09-30',
    );
    expect(findDiscrepancy('on_schedule', far)?.message).toBe(
      '自报“按进度”，但“养老中心”完成28.6%，序时进度74.9%，评估为严重滞后',
    );
  });

  it.each(['in_progress', 'lagging', 'not_started', 'no_task'] as const)(
    'finds none for a claim of %s: it does not say the item is fine',
    (claim) => {
      expect(findDiscrepancy(claim, behind)).toBeNull();
    },
  );

  it('finds none for a claim of done that the figures bear out', () => {
    const whole = assessItem(
      item({ indicators: [indicator({ what: '甲', target: 10, actual: 10 })] }),
      '2020-09-30',
    );
    expect(findDiscrepancy('completed', whole)).toBeNull();
    // Done by the only figure there is, the other indicator unmeasured: nothing contradicts.
    const partly = assessItem(
      item({
        indicators: [
          indicator({ what: '甲', target: 10, actual: 10 }),
          indicator({ what: '乙', target: 4 }),
        ],
      }),
      '2020-09-30',
    );
    expect(findDiscrepancy('completed', partly)).toBeNull();
    expect(findDiscrepancy('on_schedule', partly)).toBeNull();
  });

  it('says "done" claimed of an item on track but short of its target', () => {
    const short = assessItem(
      item({ indicators: [indicator({ what: '甲', target: 10, actual: 9 })] }),
      '2020-09-30',
    );
    expect(findDiscrepancy('completed', short)?.message).toBe(
      '自报“已完成”，但“甲”完成90%，序时进度74.9%，评估为按序时推进',
    );
    expect(findDiscrepancy('on_schedule', short)).toBeNull();
  });
});
