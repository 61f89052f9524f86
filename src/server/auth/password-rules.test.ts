import { describe, expect, it } from 'vitest';
import { brokenPasswordRule, characterClasses } from './password-rules.ts';

describe('password rules', () => {
  it.each([
    ['Ab1!', 'zhang', 'password_too_short'],
    ['Ab1!Ab1!x', 'zhang', 'password_too_short'],
    ['alllowercaseletters', 'zhang', 'password_too_simple'],
    ['lowercase and 123', 'zhang', null], // lower, digit, space
    ['UPPER lower', 'zhang', null],
    ['Zhang2026!!', 'zhang', 'password_contains_name'],
    ['xxZHANGxx-9', 'zhang', 'password_contains_name'],
    ['李明2026abc!', '李明', null], // two-character names only refused as the whole password
    ['Strong-Pass-2026', 'zhang', null],
    ['民生实事2026ab', 'zhang', null],
  ])('%s for %s → %s', (password, name, expected) => {
    expect(brokenPasswordRule(password, name)).toBe(expected);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(brokenPasswordRule('𠀀𠀀𠀀𠀀𠀀Ab1', 'zhang')).toBe('password_too_short');
  });

  it('counts the four kinds', () => {
    expect(characterClasses('aA1!')).toBe(4);
    expect(characterClasses('民生')).toBe(1);
  });
});
