/**
 * Figures in a text: a number with its unit ("2.737万批次", "3-5所", "80%", "1:1"), where it stands,
 * and its canonical value and unit. Numbers without a unit (years, dates, ages, phone numbers)
 * and numbers inside 《》 or quotes are not figures.
 */

import { normalizeText, quotedMask } from './normalize.ts';
import { isChineseNumeral, MULTIPLIER_SOURCE, NUMBER_SOURCE, parseNumber } from './numbers.ts';
import { AGE_GROUP, SLOGAN_BEFORE } from './rules.ts';
import { execAll } from './scan.ts';
import { type Segments, segmentStart, segmentText } from './segments.ts';
import { canonicalUnit, PER_PREFIX, UNIT_SOURCE } from './units.ts';

export interface Mention {
  start: number;
  end: number;
  /** As printed in the source ("2.737万批次"). */
  text: string;
  value: number;
  /** Upper end of a range ("3-5所"). */
  valueMax: number | null;
  unit: string;
}

const NUM = NUMBER_SOURCE;
const MULT = MULTIPLIER_SOURCE;
const FIGURE = new RegExp(
  [
    String.raw`(?<!\d[.,]|\d)(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)(?![\d.])`,
    `百分之(${NUM})`,
    String.raw`(?<!\d[.,]|[\d零〇一二两三四五六七八九十百千万第])(${NUM})(${MULT})?(?:\s*([-~—–至到])\s*(${NUM})(${MULT})?)?\s*(${UNIT_SOURCE})`,
  ].join('|'),
  'g',
);
const RATIO_CONTEXT = /比/;
const PEOPLE = /^[千万百]?人$|^户$|^床$/;

/** A text ready for reading: normalised, with its quoted spans and its sentence breaks. */
export interface Prepared {
  text: string;
  quoted: Uint8Array;
  seg: Segments;
}

export function prepareText(raw: string): Prepared {
  const text = normalizeText(raw);
  return { text, quoted: quotedMask(text), seg: segmentText(text) };
}

/** All figures of a prepared text, in order. */
export function scanMentions(p: Prepared, source: string): Mention[] {
  const out: Mention[] = [];
  for (const m of execAll(FIGURE, p.text)) {
    const start = m.index;
    if (p.quoted[start] === 1) continue;
    const mention = readFigure(p, m, source);
    if (mention !== null) out.push(mention);
  }
  return out;
}

function readFigure(p: Prepared, m: RegExpExecArray, source: string): Mention | null {
  const start = m.index;
  const end = start + m[0].length;
  const text = source.slice(start, end);
  const clauseBefore = p.text.slice(segmentStart(p.seg, start, 2), start);
  if (m[1] !== undefined && m[2] !== undefined) {
    if (!RATIO_CONTEXT.test(clauseBefore.slice(-8))) return null;
    const value = Number(m[1]) / Number(m[2]);
    return { start, end, text, value: Math.round(value * 1e6) / 1e6, valueMax: null, unit: '比' };
  }
  if (m[3] !== undefined) {
    const value = parseNumber(m[3]);
    return value === null ? null : { start, end, text, value, valueMax: null, unit: '%' };
  }
  const numText = m[4] as string;
  // "一批", "一个街道": a lone 一 is an article, not a count.
  if (numText === '一' || (isChineseNumeral(numText) && m[9] === '%')) return null;
  const value = parseNumber(numText, m[5] ?? '');
  if (value === null) return null;
  const unitText = m[9] as string;
  if (unitText === '%' && SLOGAN_BEFORE.test(clauseBefore)) return null;
  // "四个100%": a count followed at once by another number is part of a name; an age group
  // is not ("1.5万名65岁以上老人").
  const following = p.text.slice(end, end + 16).trimStart();
  if (/^\d/.test(following) && !AGE_GROUP.test(following)) return null;
  const valueMax = m[7] === undefined ? null : parseNumber(m[7], m[8] ?? '');
  if (m[7] !== undefined && (valueMax === null || valueMax <= value)) return null;
  return { start, end, text, value, valueMax, unit: unitWithPrefix(unitText, clauseBefore) };
}

/** "每千人6批次", "从每人每年1200元": a 每-phrase earlier in the clause is the denominator. */
function unitWithPrefix(unitText: string, clauseBefore: string): string {
  const plain = canonicalUnit(unitText);
  if (plain.includes('/') || plain === '%') return plain;
  let last: RegExpExecArray | null = null;
  for (const m of execAll(PER_PREFIX, clauseBefore)) last = m;
  if (last === null) return plain;
  const entity = last[1] as string;
  if (plain !== '元' && !PEOPLE.test(entity)) return plain;
  const time = last[2];
  return canonicalUnit(unitText, time === undefined ? { entity } : { entity, time });
}
