/**
 * An item's span from its task text. The default is the plan's calendar year; tasks narrow it
 * ("6月底前" → June 30) or widen it to several years ("2021—2025年"), in which case one year's
 * elapsed share is not the expectation.
 */
import { isoDate, monthEnd } from '../text/dates.ts';
import { toHalfWidthDigits } from '../text/numerals.ts';

export interface Span {
  start: string;
  deadline: string;
}

const MULTI_YEAR = /((?:19|20)\d{2})\s*(?:年)?\s*(?:-|—|–|－|~|～|至|到)\s*((?:19|20)\d{2})\s*年/;
const YEAR_END = /((?:19|20)\d{2})\s*年\s*(?:底|末|年底|年末)/;
const MONTH_END = /(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(?:底|末|(\d{1,2})\s*日\s*前|前)/;

export function readSpan(task: string, year: number): Span {
  const t = toHalfWidthDigits(task);
  const fullYear = { start: isoDate(year, 1, 1), deadline: isoDate(year, 12, 31) };
  const multi = MULTI_YEAR.exec(t);
  if (multi) {
    const from = Number(multi[1]);
    const to = Number(multi[2]);
    if (from < to && to - from <= 10)
      return { start: isoDate(from, 1, 1), deadline: isoDate(to, 12, 31) };
  }
  const yearEnd = YEAR_END.exec(t);
  if (yearEnd && Number(yearEnd[1]) >= year) {
    return { start: fullYear.start, deadline: isoDate(Number(yearEnd[1]), 12, 31) };
  }
  const monthEndMatch = MONTH_END.exec(t);
  if (monthEndMatch) {
    const y = monthEndMatch[1] ? Number(monthEndMatch[1]) : year;
    const month = Number(monthEndMatch[2]);
    const day = monthEndMatch[3] ? Number(monthEndMatch[3]) : null;
    if (month >= 1 && month <= 12 && y === year) {
      return { start: fullYear.start, deadline: day ? isoDate(y, month, day) : monthEnd(y, month) };
    }
  }
  return fullYear;
}
