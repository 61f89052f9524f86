import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/factories/db.ts';
import { SYSTEM } from '../policies/actor.ts';
import { checkPublicText } from './public-input.ts';
import { updateSettings } from './settings.service.ts';
import { newTrackingNumber, normaliseTrackingNumber } from './tracking-number.ts';

const field = (value: string, max = 20) => ({
  label: '留言内容',
  labelEn: 'comment',
  value,
  max,
  required: true,
});

describe('what a citizen writes', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb('sqlite');
    await updateSettings(t.db, SYSTEM, { 'public.blockedWords': ['刷单', 'casino'] });
  });
  afterAll(() => t.cleanup());

  it('comes back trimmed, without control characters', async () => {
    expect(await checkPublicText(t.db, [field('  路灯\u0000修好了吗？\n ')])).toEqual([
      '路灯修好了吗？',
    ]);
  });

  it('is refused when empty, too long, or holding a blocked word in any width or case', async () => {
    await expect(checkPublicText(t.db, [field('   ')])).rejects.toThrow('请填写留言内容');
    await expect(checkPublicText(t.db, [field('字'.repeat(21))])).rejects.toThrow('不能超过20个字');
    await expect(checkPublicText(t.db, [field('有人在刷单')])).rejects.toThrow('不允许');
    await expect(checkPublicText(t.db, [field('ＣＡＳＩＮＯ night')])).rejects.toThrow('不允许');
  });
});

describe('tracking numbers', () => {
  it('name the kind and year and can be read back as typed', () => {
    const number = newTrackingNumber('C', 2026);
    expect(number).toMatch(/^C2026-[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(normaliseTrackingNumber(` ${number.toLowerCase()} `)).toBe(number);
    expect(normaliseTrackingNumber('c2026-o1lx')).toBe('C2026-011X');
  });

  it('do not repeat', () => {
    const seen = new Set(Array.from({ length: 2000 }, () => newTrackingNumber('P', 2026)));
    expect(seen.size).toBe(2000);
  });
});
