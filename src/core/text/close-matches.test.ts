import { describe, expect, it } from 'vitest';
import { closeMatches } from './close-matches.ts';

const UNITS = ['市卫生健康局', '市民政局', '市交通运输局', '市教育局', '县卫生健康局'];

describe('closeMatches', () => {
  it('names the unit a typo meant, nearest first', () => {
    expect(closeMatches('市卫生建康局', UNITS)).toEqual(['市卫生健康局', '县卫生健康局']);
    expect(closeMatches('卫生健康局', UNITS)).toEqual(['市卫生健康局', '县卫生健康局']);
  });
  it('offers nothing for an unrelated name', () => {
    expect(closeMatches('市公安局', UNITS)).toEqual([]);
    expect(closeMatches('市财政局', UNITS)).toEqual(['市民政局']); // one character apart: worth asking
    expect(closeMatches(' ', UNITS)).toEqual([]);
  });
});
