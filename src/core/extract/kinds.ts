/**
 * The kind of an indicator from its unit and words: a percentage is a rate, a level per person or
 * a multiple is a standard, anything else a count (BRIEF "Domain").
 */
import type { IndicatorKind } from '../model.ts';

const STANDARD_WORDS =
  /标准|补贴|补助|津贴|工资|养老金|救助金|生活费|提高到|提高至|调整到|调整至|上调/;

export function classifyKind(unit: string, words: string): IndicatorKind {
  if (unit === '%' || unit === '个百分点') return 'rate';
  if (unit === '倍' || unit === '比' || unit.includes('/')) return 'standard';
  if (unit === '元' && STANDARD_WORDS.test(words)) return 'standard';
  return 'count';
}
