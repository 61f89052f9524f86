import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkFormToken, formToken, tokenSlot } from './form-token.ts';

const key = randomBytes(32);
const HOUR = 3600 * 1000;
const t0 = Date.UTC(2026, 0, 5, 9);

describe('public form tokens', () => {
  it('accepts a token for its own form for a day', () => {
    const token = formToken(key, 'comment:7', tokenSlot(t0));
    expect(checkFormToken(key, 'comment:7', token, t0)).toBe(true);
    expect(checkFormToken(key, 'comment:7', token, t0 + 17 * HOUR)).toBe(true);
    expect(checkFormToken(key, 'comment:7', token, t0 + 30 * HOUR)).toBe(false);
  });

  it('refuses a token of another form, another key, the future or garbage', () => {
    const token = formToken(key, 'comment:7', tokenSlot(t0));
    expect(checkFormToken(key, 'comment:8', token, t0)).toBe(false);
    expect(checkFormToken(randomBytes(32), 'comment:7', token, t0)).toBe(false);
    expect(
      checkFormToken(key, 'comment:7', formToken(key, 'comment:7', tokenSlot(t0) + 1), t0),
    ).toBe(false);
    for (const bad of ['', '.', 'x.y', `${tokenSlot(t0)}.`, `${tokenSlot(t0)}.短`])
      expect(checkFormToken(key, 'comment:7', bad, t0)).toBe(false);
  });
});
