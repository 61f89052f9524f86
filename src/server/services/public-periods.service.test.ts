import { describe, expect, it } from 'vitest';
import { isPublishedWhole, type PeriodCoverage } from './public-periods.service.ts';

const period = (c: Partial<PeriodCoverage>): PeriodCoverage => ({
  open: true,
  planItems: 12,
  reportedItems: 12,
  publishedItems: 0,
  ...c,
});

describe('a period published as a whole', () => {
  it.each([
    ['nothing published yet', period({}), false],
    ['11 of 12 items published, period open', period({ publishedItems: 11 }), false],
    ['every item published', period({ publishedItems: 12 }), true],
    [
      'closed, every report published, one item never reported',
      period({ open: false, reportedItems: 11, publishedItems: 11 }),
      true,
    ],
    [
      'closed, one report still in review',
      period({ open: false, reportedItems: 12, publishedItems: 11 }),
      false,
    ],
    [
      'closed with no report at all',
      period({ open: false, reportedItems: 0, publishedItems: 0 }),
      false,
    ],
    [
      'open, every report published but one item never reported',
      period({ reportedItems: 11, publishedItems: 11 }),
      false,
    ],
  ])('%s → %s', (_name, coverage, whole) => {
    expect(isPublishedWhole(coverage)).toBe(whole);
  });
});
