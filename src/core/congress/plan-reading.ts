/**
 * The chosen candidates as a plan reading, the shape every import produces: one category, one
 * item per candidate in the vote's order, the responsible unit as lead unit, the year as span and
 * the indicators read from the target text by the same extraction a table's task text gets.
 * Storing it is then the ordinary import, so the whole workflow applies to the voted plan.
 */
import { extractIndicators } from '../extract/index.ts';
import type { PlanReading } from '../model.ts';

export interface ChosenCandidate {
  title: string;
  target: string;
  unit: string | null;
  leaders: readonly string[];
}

export function planReadingOf(
  plan: { title: string; year: number; category: string },
  chosen: readonly ChosenCandidate[],
): PlanReading {
  return {
    plan: { title: plan.title, year: plan.year, declaredItemCount: chosen.length, period: null },
    categories: [{ ordinal: '一', title: plan.category }],
    items: chosen.map((c, i) => {
      const task = c.target.includes(c.title) ? c.target : `${c.title}：${c.target}`;
      return {
        no: String(i + 1),
        category: 0,
        task,
        leadUnit: c.unit,
        leaders: [...c.leaders],
        responsibilities: c.unit ? [{ unit: c.unit, person: null }] : [],
        start: `${plan.year}-01-01`,
        deadline: `${plan.year}-12-31`,
        indicators: extractIndicators(task, ''),
        report: null,
        line: null,
      };
    }),
    warnings: [],
  };
}
