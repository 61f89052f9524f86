/**
 * Indicators of tables that keep their figures in columns instead of sentences: an item name
 * carrying the unit ("农村危房改造(户)"), a target column with a bare number (1200), a column of
 * what was done (980) and a printed completion rate (81.7%).
 */
import { extractTargets } from '../extract/index.ts';
import { type Indicator, newIndicator } from '../model.ts';
import { toHalfWidthDigits } from '../text/numerals.ts';

export interface FigureCells {
  task: string;
  target: string;
  actual: string;
  percent: string;
  unit: string;
}

const BARE = /^\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(万|亿)?\s*([^\d\s，。；,;]{0,6})\s*$/;
const NAME_UNIT = /^(.*?)\s*[（(]\s*([^）()]{1,6})\s*[）)]\s*$/;
const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** "1,200" → 1200, "2.5万" → 25000 (with its unit "人" when written after it). */
export function readBareFigure(text: string): { value: number; unit: string } | null {
  const match = BARE.exec(toHalfWidthDigits(text));
  if (!match?.[1]) return null;
  const value = Number(match[1].replace(/,/g, '')) * (match[2] ? (SCALE[match[2]] ?? 1) : 1);
  return Number.isFinite(value)
    ? { value: Math.round(value * 1e6) / 1e6, unit: match[3] ?? '' }
    : null;
}

/** The indicator a row's figure columns state, or null when its target cell holds no figure. */
export function indicatorFromColumns(cells: FigureCells): Indicator | null {
  const target = readBareFigure(cells.target);
  if (!target) return null;
  const named = NAME_UNIT.exec(cells.task.trim());
  const what = (named?.[1] ?? cells.task).trim();
  const unit = (cells.unit.trim() || target.unit || named?.[2] || '').trim();
  // The same phrase a task sentence would hold, so kind and unit follow the extraction rules.
  const [read] = extractTargets(`${what}${target.value}${unit}`);
  const base: Indicator =
    read ??
    newIndicator({ what, kind: unit === '%' ? 'rate' : 'count', target: target.value, unit });
  // "城镇新增就业(万人) | 1.5": the unit's 万 scales every figure of the row.
  const scale = read?.target && target.value ? read.target / target.value : 1;
  const actual = readBareFigure(cells.actual);
  const percent = /^\s*([0-9.]+)\s*[%％]\s*$/.exec(toHalfWidthDigits(cells.percent));
  return {
    ...base,
    what: what || base.what,
    target: Math.round(target.value * scale * 1e6) / 1e6,
    targetText: cells.target.trim(),
    actual: actual ? Math.round(actual.value * scale * 1e6) / 1e6 : null,
    actualText: actual ? cells.actual.trim() : null,
    reportedPercent: percent?.[1] ? Number(percent[1]) : null,
  };
}
