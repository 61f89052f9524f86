/**
 * Numbers as Chinese tables print them: Arabic (with thousands commas and decimals), Chinese
 * numerals ("三个区", "二十一"), and the multipliers 万/亿 ("2.737万批次" → 27370).
 */

import { parseChineseNumeral } from '../text/numerals.ts';

export { parseChineseNumeral };

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12, 千: 1e3 };

/** Regex source of one number: Arabic or a Chinese numeral that starts with a digit or 十. */
export const NUMBER_SOURCE = String.raw`(?:\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*)`;
/** Regex source of a multiplier after a number. 千 is not one before 千米/千瓦/千克 (units). */
export const MULTIPLIER_SOURCE = '(?:万亿|亿|万|千(?![米瓦克]))';

/** Rounds away binary noise of 2.737 × 10000 without losing printed decimals. */
export function roundValue(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Value of a printed number with an optional multiplier ("2.737", "万" → 27370). */
export function parseNumber(text: string, multiplier = ''): number | null {
  let base: number | null;
  if (/^\d/.test(text)) base = Number(text.replace(/,/g, ''));
  else base = parseChineseNumeral(text);
  if (base === null || !Number.isFinite(base)) return null;
  const factor = multiplier === '' ? 1 : (MULTIPLIERS[multiplier] ?? 1);
  return roundValue(base * factor);
}

/** True when the numeral is written in Chinese characters rather than digits. */
export function isChineseNumeral(text: string): boolean {
  return !/^\d/.test(text);
}
