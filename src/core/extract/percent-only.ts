/**
 * An item that names its project without a figure, and whose report gives only how far it is:
 * "城区公办幼儿园建设（牵头单位：市教育局）：完成45%，主要原因是用地报批手续未办结" (a circular
 * listing the lagging items), "65%(受汛期影响进展偏慢)". The item's one indicator is the project
 * itself, its target unknown and its printed completion the share done.
 */
import { type Indicator, newIndicator } from '../model.ts';
import { readProgress } from './figures.ts';
import { blankUnitNotes } from './normalize.ts';

export function percentOnly(task: string, progress: string): Indicator[] {
  if (!progress.trim()) return [];
  const figures = readProgress(progress).figures;
  // The first figure of the report, and a completion percentage: not "93.2%的行政村…".
  const first = figures[0];
  if (!first?.completionPercent || first.planned || first.bracketed) return [];
  const what = blankUnitNotes(task)
    .replace(/[。\s]+/g, '')
    .replace(/[，,：:；;]+$/, '');
  if (what.length < 2) return [];
  return [
    newIndicator({ what, kind: 'count', target: null, unit: '', reportedPercent: first.value }),
  ];
}
