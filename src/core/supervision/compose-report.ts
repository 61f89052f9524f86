/**
 * The lead unit's first draft of an item's report from its units' contributions: every unit's
 * points under its name, and each indicator's figure from the units that gave one. Counts from
 * several units are parts of one total and add up; a rate or a standard given differently by
 * two units cannot be added, so it is left for the lead unit to settle and named as a conflict.
 */
import type { IndicatorKind } from '../model.ts';

export interface Contribution {
  unit: string;
  points: string[];
  actuals: { indicatorId: number; actual: number | null }[];
}

export interface ComposedReport {
  points: string[];
  actuals: { indicatorId: number; actual: number | null }[];
  /** Indicators several units gave different figures for, which could not be added. */
  conflicts: { indicatorId: number; values: { unit: string; actual: number }[] }[];
}

/** Composes `contributions` (lead unit first, if it filed one) over the item's indicators. */
export function composeReport(
  contributions: Contribution[],
  indicators: { id: number; kind: IndicatorKind }[],
): ComposedReport {
  const named = contributions.length > 1;
  const points = contributions.flatMap((c) =>
    c.points.map((point) => (named ? `${c.unit}：${point}` : point)),
  );
  const actuals: ComposedReport['actuals'] = [];
  const conflicts: ComposedReport['conflicts'] = [];
  for (const indicator of indicators) {
    const values = contributions.flatMap((c) =>
      c.actuals
        .filter((a) => a.indicatorId === indicator.id && a.actual !== null)
        .map((a) => ({ unit: c.unit, actual: a.actual as number })),
    );
    if (values.length === 0) continue;
    const distinct = new Set(values.map((v) => v.actual));
    if (indicator.kind === 'count') {
      actuals.push({
        indicatorId: indicator.id,
        actual: values.reduce((sum, v) => sum + v.actual, 0),
      });
    } else if (distinct.size === 1) {
      actuals.push({ indicatorId: indicator.id, actual: values[0]?.actual ?? null });
    } else {
      conflicts.push({ indicatorId: indicator.id, values });
    }
  }
  return { points, actuals, conflicts };
}
