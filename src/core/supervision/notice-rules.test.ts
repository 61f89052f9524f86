import { describe, expect, it } from 'vitest';
import {
  type ItemPeriodFacts,
  type NoticeThresholds,
  nextTier,
  noticesDue,
} from './notice-rules.ts';

const T: NoticeThresholds = {
  blueDaysBeforeDue: 3,
  yellowPace: 0.9,
  redPace: 0.6,
  yellowAfterReturns: 2,
  overdueGraceDays: 0,
};

const report = (fields: Partial<NonNullable<ItemPeriodFacts['report']>> = {}) => ({
  state: 'submitted',
  assessment: 'on_track' as const,
  progress: 0.8,
  expected: 0.8,
  decidedBy: '农村公路',
  returns: 0,
  ...fields,
});

const due = (facts: Partial<ItemPeriodFacts>) =>
  noticesDue({ today: '2024-11-08', dueDate: '2024-11-10', report: null, ...facts }, T).map((n) => [
    n.tier,
    n.reason,
    n.days,
  ]);

describe('when a notice is due', () => {
  it('blue while the due date is near and nothing is submitted; none once submitted', () => {
    expect(due({ today: '2024-11-06' })).toEqual([]);
    expect(due({ today: '2024-11-07' })).toEqual([['blue', 'due_soon', 3]]);
    expect(due({ today: '2024-11-10', report: report({ state: 'draft' }) })).toEqual([
      ['blue', 'due_soon', 0],
    ]);
    expect(due({ report: report() })).toEqual([]);
  });

  it('red the day after the due date with nothing submitted, after the grace days', () => {
    expect(due({ today: '2024-11-11' })).toEqual([['red', 'overdue', 1]]);
    expect(
      noticesDue(
        { today: '2024-11-11', dueDate: '2024-11-10', report: null },
        { ...T, overdueGraceDays: 1 },
      ),
    ).toEqual([]);
  });

  it('yellow below the yellow pace, red below the red pace, judged on submitted figures only', () => {
    expect(due({ report: report({ progress: 0.7, expected: 0.8 }) })).toEqual([
      ['yellow', 'lagging', null],
    ]);
    expect(due({ report: report({ progress: 0.4, expected: 0.8 }) })).toEqual([
      ['red', 'severely_lagging', null],
    ]);
    expect(due({ report: report({ progress: 0.4, expected: 0.8, state: 'draft' }) })).toEqual([
      ['blue', 'due_soon', 2],
    ]);
    // Early in the year nothing is called behind.
    expect(due({ report: report({ progress: 0, expected: 0.05 }) })).toEqual([]);
  });

  it('yellow for a report returned the set number of times', () => {
    expect(due({ report: report({ returns: 1 }) })).toEqual([]);
    const [notice] = noticesDue(
      { today: '2024-11-01', dueDate: '2024-11-10', report: report({ returns: 2 }) },
      T,
    );
    expect(notice).toMatchObject({ tier: 'yellow', reason: 'returned_repeatedly', returns: 2 });
    expect(notice?.message).toBe('本期报告已被退回2次');
  });

  it('states the figures that triggered it', () => {
    const [notice] = noticesDue(
      { today: '2024-11-01', dueDate: null, report: report({ progress: 0.4, expected: 0.8 }) },
      T,
    );
    expect(notice?.message).toBe('“农村公路”完成40%，序时进度80%，严重滞后');
    expect(notice?.messageEn).toContain('severely lagging');
  });

  it('escalates one tier at a time, and not past red', () => {
    expect(nextTier('blue')).toBe('yellow');
    expect(nextTier('yellow')).toBe('red');
    expect(nextTier('red')).toBeNull();
  });
});
