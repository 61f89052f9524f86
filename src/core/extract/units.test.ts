import { describe, expect, it } from 'vitest';
import { canonicalUnit, unitFit } from './units.ts';

describe('canonicalUnit', () => {
  it.each([
    ['元/人/月', undefined, '元/人/月'],
    ['元/人月', undefined, '元/人/月'],
    ['元/人·月', undefined, '元/人/月'],
    ['元/人年', undefined, '元/人/年'],
    ['元', { entity: '人', time: '月' }, '元/人/月'],
    ['批次', { entity: '千人' }, '批次/千人'],
    ['千米', undefined, '公里'],
    ['吨/日', undefined, '吨/日'],
    ['%', undefined, '%'],
    ['个区', undefined, '个区'],
  ])('%s with %o → %s', (printed, prefix, unit) => {
    expect(canonicalUnit(printed, prefix)).toBe(unit);
  });
});

describe('unitFit', () => {
  it('accepts the same unit and a unit of the same family', () => {
    expect(unitFit('公里', '公里')).toBe(1);
    expect(unitFit('家', '间')).toBeGreaterThan(0.5);
  });
  it('accepts 人次 for 人 only weakly, and nothing for another thing', () => {
    expect(unitFit('人', '人次')).toBeLessThan(0.8);
    expect(unitFit('%', '元')).toBe(0);
  });
});
