import { describe, expect, it } from 'vitest';
import { statusChange } from './status-change.ts';

describe('status change between periods', () => {
  it.each([
    [null, 'lagging', 'new'],
    ['lagging', 'lagging', 'same'],
    ['lagging', 'on_track', 'better'],
    ['on_track', 'completed', 'better'],
    ['on_track', 'severely_lagging', 'worse'],
    ['completed', 'lagging', 'worse'],
    ['unknown', 'on_track', 'changed'],
    ['lagging', 'unknown', 'changed'],
  ] as const)('%s → %s is %s', (from, to, change) => {
    expect(statusChange(from, to)).toBe(change);
  });
});
