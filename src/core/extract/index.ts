/**
 * Indicator extraction from Chinese text: targets from an item's task text (工作任务), actuals
 * from its progress text (进展情况). Pure functions; the rules they read are in rules.ts.
 */
import type { Indicator } from '../model.ts';
import { matchActuals } from './actuals.ts';
import { percentOnly } from './percent-only.ts';
import { extractTargets } from './targets.ts';

export { matchActuals } from './actuals.ts';
export { extractTargets } from './targets.ts';

/**
 * Real items carry a handful of indicators. Matching costs indicators × figures, so a cell of
 * hundreds of figures (hostile or broken input) is read for its first ones only.
 */
export const MAX_INDICATORS_PER_ITEM = 40;

/** Targets of the task text with their actuals from the progress text. */
export function extractIndicators(task: string, progress: string): Indicator[] {
  const targets = extractTargets(task).slice(0, MAX_INDICATORS_PER_ITEM);
  if (targets.length === 0) return percentOnly(task, progress);
  return matchActuals(targets, progress);
}
