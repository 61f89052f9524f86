/**
 * The public plan of a period, rebuilt from publication records only: for each item its latest
 * publication in that period (a correction replaces the version before it), or — when the item
 * has none in it — the item as last published, without a report. Core judges it exactly as the
 * office's export does, so the public page, the open data and the summary table agree.
 */
import type { Category, Indicator, Item, PlanReading } from '../../core/model.ts';
import { periodTableTitle } from '../../core/period-title.ts';
import type { ItemDocument, PlanDocument } from '../../core/plan-document.ts';
import { buildPlanDocument } from '../../core/read-plan.ts';
import type { PublicPeriod } from './public-periods.service.ts';
import { PublicationContent } from './publication-content.ts';

/** A publication row as read for the public (content still JSON). */
export interface PublicationRow {
  id: number;
  item_id: number;
  period_id: number;
  published_at: string;
  content: string;
}

export interface PublicPlanHead {
  title: string;
  year: number;
  declaredItemCount: number | null;
}

export interface PublicDocument {
  document: PlanDocument;
  /** The item id of each entry of `document.items`, in the same order. */
  itemIds: number[];
  /** The index in `document.categories` of each entry of `document.items`. */
  categoryOf: number[];
}

/** The content of a stored publication, parsed through its allow-list. */
export const contentOf = (row: PublicationRow): PublicationContent =>
  PublicationContent.parse(JSON.parse(row.content));

/** Indicators as stated in the task, without any period's figures. */
const stated = (indicators: Indicator[]): Indicator[] =>
  indicators.map((i) => ({
    ...i,
    actual: null,
    actualText: null,
    reportedPercent: null,
    achieved: null,
  }));

/**
 * The plan as the public sees it at `period`; `rows` are the publications of the public periods
 * up to it (any order).
 */
export function buildPublicDocument(
  head: PublicPlanHead,
  period: PublicPeriod,
  periods: PublicPeriod[],
  rows: PublicationRow[],
): PublicDocument {
  const endOf = new Map(periods.map((p) => [p.id, p.end]));
  const ordered = rows
    .filter((r) => (endOf.get(r.period_id) ?? '9999') <= period.end)
    .sort(
      (a, b) =>
        (endOf.get(a.period_id) ?? '').localeCompare(endOf.get(b.period_id) ?? '') || a.id - b.id,
    );
  const latest = new Map<number, { row: PublicationRow; content: PublicationContent }>();
  for (const row of ordered) latest.set(row.item_id, { row, content: contentOf(row) });
  const entries = [...latest.entries()].sort(
    ([, a], [, b]) =>
      a.content.category.position - b.content.category.position ||
      a.content.position - b.content.position,
  );
  const categories: (Category & { position: number })[] = [];
  for (const [, { content }] of entries)
    if (!categories.some((c) => c.position === content.category.position))
      categories.push(content.category);
  const items: Item[] = entries.map(([, { row, content }]) => {
    const current = row.period_id === period.id;
    return {
      ...content.item,
      category: categories.findIndex((c) => c.position === content.category.position),
      indicators: current ? content.item.indicators : stated(content.item.indicators),
      report: current ? content.item.report : null,
      line: null,
    };
  });
  const reading: PlanReading = {
    plan: {
      ...head,
      // As the office's export titles it.
      title: periodTableTitle(head.title, period),
      period: { label: period.label, start: period.start, end: period.end },
    },
    categories: categories.map(({ ordinal, title }) => ({ ordinal, title })),
    items,
    warnings: [],
  };
  const document = buildPlanDocument(reading);
  return {
    // The office's notes on a unit's words against its figures stay with the office.
    document: { ...document, items: document.items.map((i) => ({ ...i, discrepancy: null })) },
    itemIds: entries.map(([id]) => id),
    categoryOf: items.map((i) => i.category),
  };
}

/** One publication judged at its period's end, as core judges a one-item plan. */
export function judgePublication(
  content: PublicationContent,
  period: { label: string; start: string; end: string },
): ItemDocument {
  const reading: PlanReading = {
    plan: { title: '', year: Number(period.end.slice(0, 4)), declaredItemCount: null, period },
    categories: [{ ordinal: content.category.ordinal, title: content.category.title }],
    items: [{ ...content.item, category: 0, line: null }],
    warnings: [],
  };
  const [item] = buildPlanDocument(reading).items;
  if (!item) throw new Error('a one-item plan judges one item');
  return item;
}
