import { describe, expect, it } from 'vitest';
import { indicator } from '../../../test/factories/indicator.ts';
import { expectedFigure } from './expected-figure.ts';

describe('the figure the time line asks for', () => {
  it('is the share of a count target that time has used', () => {
    expect(expectedFigure(indicator({ what: '农村公路', target: 120 }), 0.75)).toBe(90);
  });
  it('counts from the baseline of "从X提高到Y"', () => {
    const raise = indicator({ what: '补助标准', target: 1500, baseline: 1200 });
    expect(expectedFigure(raise, 0.5)).toBe(1350);
  });
  it('is none for levels, milestones and lower-is-better targets', () => {
    expect(expectedFigure(indicator({ what: '占比', kind: 'rate', target: 60 }), 0.5)).toBeNull();
    expect(
      expectedFigure(indicator({ what: '失业率', target: 5.5, direction: 'at_most' }), 0.5),
    ).toBeNull();
    expect(
      expectedFigure(indicator({ what: '全程网办', kind: 'milestone', target: null }), 0.5),
    ).toBeNull();
  });
  it('is none for a count whose target was not read, not a line drawn to zero', () => {
    expect(expectedFigure(indicator({ what: '农村公路', target: null }), 0.5)).toBeNull();
  });
});
