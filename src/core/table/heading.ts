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

/** "一至九月" → "1至9月": month numerals in Chinese, only where a month follows. */
const CHINESE_MONTH =
  /[一二三四五六七八九十]{1,3}(?=\s*(?:月|[至到\-—–~～－]\s*[一二三四五六七八九十]{1,3}\s*月))/g;

function readPeriod(text: string, year: number): Period | null {
  const t = toHalfWidthDigits(text).replace(CHINESE_MONTH, (n) =>
    String(parseChineseNumeral(n) ?? n),
  );
  const range = /(\d{1,2})\s*(?:月)?\s*(?:-|—|–|－|~|～|至|到)\s*(\d{1,2})\s*月/.exec(t);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (from >= 1 && to <= 12 && from <= to) {
      return { label: `${from}-${to}月`, start: isoDate(year, from, 1), end: monthEnd(year, to) };
    }
  }
  // "截至9月底", "截至2023年9月30日": the period runs from the year's start to that day.
  const upTo =
    /截(?:至|止)\s*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?/.exec(t);
  if (upTo) {
    const y = upTo[1] ? Number(upTo[1]) : year;
    const to = Number(upTo[2]);
    const day = upTo[3] ? Number(upTo[3]) : null;
    if (to >= 1 && to <= 12) {
      const end = day ? isoDate(y, to, day) : monthEnd(y, to);
      return { label: `1-${to}月`, start: isoDate(y, 1, 1), end };
    }
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
  const count = countMatch?.[1];
  const declared = !count ? null : /^\d+$/.test(count) ? Number(count) : parseChineseNumeral(count);
  return {
    title: titleLine,
    year,
    declaredItemCount: declared,
    period: readPeriod(titleLine, year) ?? readPeriod(all, year),
  };
}
