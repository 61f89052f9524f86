import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseNumber } from './numbers.ts';

describe('parseNumber', () => {
  it.each([
    ['150', '', 150],
    ['81.661', '', 81.661],
    ['2.737', '万', 27370],
    ['6.4', '万', 64000],
    ['12.6', '亿', 1260000000],
    ['1.08', '万', 10800],
    ['35', '万', 350000],
    ['280,447', '', 280447],
    ['三', '', 3],
    ['二十一', '', 21],
  ])('%s%s → %d', (text, multiplier, value) => {
    expect(parseNumber(text, multiplier)).toBe(value);
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['十', 10],
    ['十二', 12],
    ['二十一', 21],
    ['一百零五', 105],
    ['两千', 2000],
    ['三千五百', 3500],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['十四五', '一二三', '五五'])('%s is not a number', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});
