/**
 * A target restated in the progress text with a different number: the task says "建设和改造4家
 * 疾控机构冷链系统", the report "建设和改造6家疾控机构冷链系统". Found by the words around the
 * number in the task (three characters before, two after the unit) reappearing around another
 * number in the report.
 */
import type { Indicator } from '../model.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const NUMBER = '([0-9][0-9,，.]*)\\s*(万|亿|千)?';

const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3 };

function scaledValue(digits: string, multiplier: string | undefined): number {
  return Number(digits.replace(/[,，]/g, '')) * (multiplier ? (SCALE[multiplier] ?? 1) : 1);
}

export interface RestatedTarget {
  indicator: Indicator;
  printed: string;
  value: number;
}

export function findRestatedTargets(
  task: string,
  progress: string,
  indicators: Indicator[],
): RestatedTarget[] {
  const found: RestatedTarget[] = [];
  for (const indicator of indicators) {
    if (indicator.target === null || !indicator.unit || indicator.unit === '%') continue;
    const unitHead = indicator.unit.split('/')[0] ?? '';
    if (!unitHead) continue;
    const inTask = new RegExp(
      `(\\p{Script=Han}{3})${NUMBER}${escapeRegExp(unitHead)}\\S*?(\\p{Script=Han}{2})`,
      'gu',
    );
    const context = [...task.matchAll(inTask)].find(
      (m) => scaledValue(m[2] ?? '', m[3]) === indicator.target,
    );
    if (!context?.[1] || !context[4]) continue;
    const inProgress = new RegExp(
      `${escapeRegExp(context[1])}${NUMBER}${escapeRegExp(unitHead)}${escapeRegExp(context[4])}`,
      'u',
    );
    const restated = inProgress.exec(progress);
    if (!restated?.[1]) continue;
    const value = scaledValue(restated[1], restated[2]);
    if (Number.isFinite(value) && value !== indicator.target && value !== indicator.actual) {
      found.push({ indicator, printed: restated[0], value });
    }
  }
  return found;
}
