/**
 * Indicators of tables that keep their figures in columns instead of sentences: an item name
 * carrying the unit ("农村危房改造(户)"), a target column with a bare number (1200), a column of
 * what was done (980) and a printed completion rate (81.7%).
 */
import { extractTargets } from '../extract/index.ts';
import { type Indicator, newIndicator } from '../model.ts';
import { toHalfWidthDigits } from '../text/numerals.ts';
import type { Cells } from './place-cells.ts';

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
  // The column is a percentage by its name ("完成比例(%)"): its cells may omit the sign.
  const percent = /^\s*([0-9]+(?:\.[0-9]+)?)\s*[%％]?\s*$/.exec(toHalfWidthDigits(cells.percent));
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

/** "3260", "3260（109%）", "4385，110%": a progress cell of figures only, the percent optional. */
const FIGURES_ONLY =
  /^\s*([0-9][0-9,]*(?:\.[0-9]+)?\s*(?:万|亿)?\s*[^\d\s，。；,;%％（(]{0,6})\s*(?:[（(，,、\s]\s*([0-9]+(?:\.[0-9]+)?)\s*[%％]\s*[）)]?)?\s*$/;
export const isFiguresOnly = (text: string) => FIGURES_ONLY.test(toHalfWidthDigits(text));
const PERCENT_CELL = /^\s*([0-9]+(?:\.[0-9]+)?)\s*[%％]?\s*$/;

/**
 * A progress cell holding only a figure (and perhaps a percentage) is the actual of the task's
 * single numeric target: "新增养老床位3000张 | 3260 | 109%". Null when the task has no single
 * numeric target or the cell says more than figures.
 */
export function indicatorsFromFiguresOnly(
  task: string,
  progress: string,
  percentCell: string,
): Indicator[] | null {
  const match = FIGURES_ONLY.exec(toHalfWidthDigits(progress));
  const figure = match?.[1] ? readBareFigure(match[1]) : null;
  if (!figure) return null;
  const targets = extractTargets(task).filter((t) => t.kind !== 'milestone' && t.target !== null);
  const [target] = targets;
  if (targets.length !== 1 || !target?.target) return null;
  if (figure.unit && figure.unit !== target.unit && !target.unit.startsWith(figure.unit))
    return null;
  // "城镇新增就业1.2万人 | 1.05": a bare figure in the target's own scale.
  const scale =
    !figure.unit && /万/.test(target.targetText) && figure.value < target.target / 1000 ? 1e4 : 1;
  const percent = match?.[2] ?? PERCENT_CELL.exec(toHalfWidthDigits(percentCell))?.[1];
  return [
    {
      ...target,
      actual: Math.round(figure.value * scale * 1e6) / 1e6,
      actualText: progress.trim(),
      reportedPercent: percent === undefined ? null : Number(percent),
    },
  ];
}

/**
 * "项目名称 | 目标任务" where the target column holds a sentence ("改造农村公路90公里"), not a
 * figure: the sentence is the task's target, read with the project's name.
 */
export function withTargetSentence(task: string, target: string): string {
  if (!target || readBareFigure(target) || !/\p{Script=Han}{2}/u.test(target)) return task;
  return task ? `${task}：${target}` : target;
}

/** Indicators a row's figure columns state, or a progress cell of figures only; [] when none. */
export function figuresOfRow(task: string, progress: string, cells: Cells): Indicator[] {
  const fromColumns = indicatorFromColumns({
    task,
    target: cells.target?.text ?? '',
    // A 完成情况 column that holds a bare figure is the actual, not a narrative.
    actual: cells.actual?.text || (readBareFigure(progress) ? progress : ''),
    percent: cells.percent?.text ?? '',
    unit: cells.unit?.text ?? '',
  });
  if (fromColumns) return [fromColumns];
  return indicatorsFromFiguresOnly(task, progress, cells.percent?.text ?? '') ?? [];
}
