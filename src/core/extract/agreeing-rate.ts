/**
 * A count written in a neighbouring unit is the actual when the printed rate agrees with it:
 * target "开展职业技能培训8000人次", progress "已完成培训2579人，完成率32.24%" (2579 ÷ 8000 =
 * 32.24%); target "组织送戏下乡200场", progress "已演出126场次，完成率63%". The same holds for a
 * count named by the neighbouring noun (rules.ts CONFUSABLES): target "完成老旧社区改造15个",
 * progress "已完成老旧小区改造9个，完成率60%". Without an agreeing rate such a figure counts
 * something else and is not read.
 */
import type { Indicator } from '../model.ts';
import type { Figure } from './figures.ts';
import { isConfusable } from './rules.ts';
import { unitFit } from './units.ts';

/** Printed rates are rounded to one or two places; half a point is agreement. */
const AGREEMENT = 0.5;

const base = (unit: string) => unit.replace(/次$/, '');

function neighbouring(target: string, actual: string): boolean {
  return (
    target !== actual &&
    (base(target) === base(actual) ||
      unitFit(target, actual) > 0 ||
      unitFit(target, base(actual)) > 0)
  );
}

export function matchByAgreeingRate(out: Indicator[], figures: Figure[], used: Set<number>): void {
  out.forEach((ind) => {
    if (ind.kind !== 'count' || ind.actual !== null || !ind.target) return;
    for (const f of figures) {
      if (used.has(f.index) || f.unit === '%' || !f.achievedCue) continue;
      const sameUnitOtherNoun = f.unit === ind.unit && isConfusable(ind.what, f.context);
      if (!neighbouring(ind.unit, f.unit) && !sameUnitOtherNoun) continue;
      if (f.planned || f.progressing || f.part || f.superseded || f.completionPercent) continue;
      const rate = figures.find(
        (g) => g.completionPercent && g.index > f.index && g.sentenceStart === f.sentenceStart,
      );
      if (!rate || Math.abs((f.value / ind.target) * 100 - rate.value) > AGREEMENT) continue;
      ind.actual = f.value;
      ind.actualText = f.text.trim();
      ind.reportedPercent = rate.value;
      used.add(f.index);
      return;
    }
  });
}
