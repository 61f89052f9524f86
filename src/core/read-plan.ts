/**
 * The core pipeline: a table (as a Grid) → a plan reading with indicators and warnings → the
 * plan document with assessments at a date. Pure: the caller brings the text and the date.
 */
import { assessItem, findDiscrepancy } from './assess/assess-item.ts';
import { checkPlan } from './checks/check-plan.ts';
import { extractIndicators, matchActuals } from './extract/index.ts';
import type { PlanReading, Warning } from './model.ts';
import { PLAN_DOCUMENT_SCHEMA, type PlanDocument } from './plan-document.ts';
import type { Grid } from './table/grid.ts';
import { type ReadOptions, readGrid } from './table/read-grid.ts';
import { readTextTable } from './table/read-text.ts';

/**
 * Real task and progress cells run to a few hundred characters; extraction reads at most this
 * many of each, so a hostile 60,000-character cell cannot hold the server for seconds.
 */
export const MAX_EXTRACTED_CHARS = 4000;

export function readPlan(grid: Grid, options: ReadOptions = {}): PlanReading {
  const reading = readGrid(grid, options);
  const cut: Warning[] = [];
  const items = reading.items.map((item) => {
    const full = item.report?.text ?? '';
    if (item.task.length > MAX_EXTRACTED_CHARS || full.length > MAX_EXTRACTED_CHARS) {
      cut.push({
        code: 'text_truncated',
        item: item.no,
        message: `第${item.no}项文字超过${MAX_EXTRACTED_CHARS}字，只读取前${MAX_EXTRACTED_CHARS}字中的指标`,
        messageEn: `Item ${item.no} is longer than ${MAX_EXTRACTED_CHARS} characters; indicators read from the first ${MAX_EXTRACTED_CHARS} only`,
      });
    }
    const task = item.task.slice(0, MAX_EXTRACTED_CHARS);
    const progress = full.slice(0, MAX_EXTRACTED_CHARS);
    // Figures from the table's own columns win; the text fills only what they leave open.
    if (item.indicators.length === 0)
      return { ...item, indicators: extractIndicators(task, progress) };
    if (item.indicators.every((i) => i.actual !== null)) return item;
    const fromText = matchActuals(item.indicators, progress);
    return {
      ...item,
      indicators: item.indicators.map((i, n) => (i.actual !== null ? i : (fromText[n] ?? i))),
    };
  });
  const withIndicators = { ...reading, items };
  return {
    ...withIndicators,
    warnings: [...reading.warnings, ...cut, ...checkPlan(withIndicators)],
  };
}

export function readPlanText(text: string, options: ReadOptions = {}): PlanReading {
  return readPlan(readTextTable(text), options);
}

/**
 * The date a reading is judged at: the caller's, else the period's end, else the plan's year
 * end (a plan without a period is read as a plan, all items ahead of them).
 */
export function assessmentDate(reading: PlanReading, asOf?: string): string {
  return asOf ?? reading.plan.period?.end ?? `${reading.plan.year}-12-31`;
}

export function buildPlanDocument(reading: PlanReading, asOf?: string): PlanDocument {
  const date = assessmentDate(reading, asOf);
  return {
    schema: PLAN_DOCUMENT_SCHEMA,
    plan: { ...reading.plan, asOf: date },
    categories: reading.categories,
    items: reading.items.map((item) => {
      const { indicators: assessed, ...assessment } = assessItem(item, date);
      const category = reading.categories[item.category];
      return {
        no: item.no,
        category: category?.title ?? null,
        categoryOrdinal: category?.ordinal ?? null,
        task: item.task,
        leadUnit: item.leadUnit,
        leaders: item.leaders,
        responsibilities: item.responsibilities,
        start: item.start,
        deadline: item.deadline,
        indicators: item.indicators.map((indicator, i) => {
          const a = assessed[i];
          return {
            ...indicator,
            completion: a?.completion ?? null,
            expected: a?.expected ?? assessment.expected,
            status: a?.status ?? 'unknown',
            forecast: a?.forecast ?? null,
          };
        }),
        report: item.report,
        assessment,
        discrepancy: findDiscrepancy(item.report?.statusClaim ?? null, {
          ...assessment,
          indicators: assessed,
        }),
      };
    }),
    warnings: reading.warnings,
  };
}
