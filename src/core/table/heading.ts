/**
 * The plan header from the lines above a table: "附件4", "2020年市十件民生实事1-9月进展情况汇总表",
 * "（共21项）". Other tables write "上半年", "一季度", "1至9月", "截至9月底", "共二十一项".
 */
import type { Period, PlanHeader } from '../model.ts';
import { isoDate, monthEnd } from '../text/dates.ts';
import { parseChineseNumeral, toHalfWidthDigits } from '../text/numerals.ts';

const YEAR = /((?:19|20)\d{2})\s*年/;
const COUNT = /共\s*([0-9]+|[一二三四五六七八九十百两]+)\s*(?:项|件|个)/;
const TITLE_HINT = /(民生|实事|汇总表|进展|情况表|项目)/;
const ATTACHMENT = /^附\s*件\s*[0-9一二三四五六七八九十]*$/;

const NAMED_PERIODS: [RegExp, number, number][] = [
  [/前三季度/, 1, 9],
  [/上半年/, 1, 6],
  [/下半年/, 7, 12],
  [/(一|第一|1)季度/, 1, 3],
  [/(二|第二|2)季度/, 4, 6],
  [/(三|第三|3)季度/, 7, 9],
  [/(四|第四|4)季度/, 10, 12],
  [/全年|年度/, 1, 12],
];

function readPeriod(text: string, year: number): Period | null {
  const t = toHalfWidthDigits(text);
  const range = /(\d{1,2})\s*(?:月)?\s*(?:-|—|–|－|~|～|至|到)\s*(\d{1,2})\s*月/.exec(t);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (from >= 1 && to <= 12 && from <= to) {
      return { label: `${from}-${to}月`, start: isoDate(year, from, 1), end: monthEnd(year, to) };
    }
  }
  const upTo = /截(?:至|止)\s*(\d{1,2})\s*月(?:底|末)?/.exec(t);
  if (upTo) {
    const to = Number(upTo[1]);
    if (to >= 1 && to <= 12)
      return { label: `1-${to}月`, start: isoDate(year, 1, 1), end: monthEnd(year, to) };
  }
  for (const [pattern, from, to] of NAMED_PERIODS) {
    const match = pattern.exec(t);
    if (match) return { label: match[0], start: isoDate(year, from, 1), end: monthEnd(year, to) };
  }
  return null;
}

/** `fallbackYear` is used when no line names a year (the caller's date). */
export function readHeading(lines: string[], fallbackYear: number): PlanHeader {
  const meaningful = lines.map((l) => l.trim()).filter((l) => l && !ATTACHMENT.test(l));
  const titleLine =
    meaningful.find((l) => TITLE_HINT.test(l) && !/^[（(]?共/.test(l)) ?? meaningful[0] ?? '';
  const all = meaningful.join('\n');
  const yearMatch = YEAR.exec(titleLine) ?? YEAR.exec(all);
  const year = yearMatch ? Number(yearMatch[1]) : fallbackYear;
  const countMatch = COUNT.exec(all);
  const declared = countMatch?.[1] ? parseChineseNumeral(countMatch[1]) : null;
  return {
    title: titleLine,
    year,
    declaredItemCount: declared,
    period: readPeriod(titleLine, year) ?? readPeriod(all, year),
  };
}
