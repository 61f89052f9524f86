/**
 * An actual read in another unit than its target's: "2579人" for a target in 人次, read because
 * the printed completion rate agrees with it (extract/agreeing-rate.ts). The user is told, so a
 * reader can check that the two count the same thing.
 */
import { unitFit } from '../extract/units.ts';
import type { Item, Warning } from '../model.ts';

const UNIT_OF_TEXT = /^[\d.,，\s]*(?:万|亿)?\s*/;

export function unitDiffersWarnings(item: Item): Warning[] {
  const warnings: Warning[] = [];
  for (const ind of item.indicators) {
    if (ind.actual === null || !ind.actualText || !ind.unit || ind.kind !== 'count') continue;
    const unit = ind.actualText.replace(UNIT_OF_TEXT, '').trim();
    if (!unit || /^\d/.test(unit) || unit === ind.unit || unitFit(ind.unit, unit) >= 0.8) continue;
    if (!/^\p{Script=Han}{1,3}$/u.test(unit)) continue;
    warnings.push({
      code: 'actual_unit_differs',
      item: item.no,
      message: `第${item.no}项“${ind.what}”目标以“${ind.unit}”计，完成数“${ind.actualText}”以“${unit}”计；写明的完成率与之相符，按完成数读取`,
      messageEn: `Item ${item.no} "${ind.what}": the target counts ${ind.unit}, the actual "${ind.actualText}" counts ${unit}; read as the actual because the printed rate agrees`,
    });
  }
  return warnings;
}
