/** Rows that belong to the item above: a page-break continuation, or a "其中" sub-row. */
import { extractIndicators } from '../extract/index.ts';
import type { Indicator, Item } from '../model.ts';
import { pairResponsibilities, readLeaders } from './people.ts';
import type { Cells } from './place-cells.ts';
import { readReport } from './report.ts';

export const SUB_ROW = /^(?:其中|含|包括)\s*[:：]?\s*/;

/**
 * A row continued across a page break repeats the item's cells (or leaves them empty) and has
 * no number of its own. A row with the same task but other people is a separate item.
 */
export function isContinuation(
  previous: Item,
  noText: string,
  task: string,
  cells: Cells,
): boolean {
  if (noText && noText !== previous.no) return false;
  if (task !== '' && task !== previous.task) return false;
  const leaders = readLeaders(cells.leaders?.text ?? '');
  const units = pairResponsibilities(cells.units?.text ?? '', '').responsibilities.map(
    (r) => r.unit,
  );
  const sameLeaders = leaders.length === 0 || leaders.join() === previous.leaders.join();
  const sameUnits =
    units.length === 0 || units.join() === previous.responsibilities.map((r) => r.unit).join();
  return sameLeaders && sameUnits;
}

export function continueItem(item: Item, cells: Cells): void {
  const more = cells.progress?.text.trim() ?? '';
  if (!more) return;
  const text = item.report ? `${item.report.text}\n${more}` : more;
  const continued = readReport(more);
  item.report = item.report
    ? { ...item.report, text, points: [...item.report.points, ...continued.points] }
    : readReport(text);
}

/**
 * A sub-row of an item's further target ("新增普惠托位400个。 | 新增普惠托位420个。"): its task and
 * progress join the item's; figures it states in columns become the item's further indicators.
 */
export function mergePartRow(
  item: Item,
  part: { task: string; progress: string; indicators: Indicator[] },
): void {
  if (part.indicators.length > 0 && item.indicators.length === 0)
    item.indicators = extractIndicators(item.task, item.report?.text ?? '');
  item.indicators.push(...part.indicators);
  item.task = `${item.task}；${part.task}`;
  if (part.progress && part.indicators.length === 0) {
    const text = item.report ? `${item.report.text}\n${part.progress}` : part.progress;
    item.report = item.report
      ? {
          ...item.report,
          text,
          points: [...item.report.points, ...readReport(part.progress).points],
        }
      : readReport(text);
  }
}
