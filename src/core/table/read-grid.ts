/**
 * Turns a Grid (from any file format) into a plan reading: header, categories, items with their
 * responsibilities and reports, and the warnings the reading itself raises. Indicators are
 * extracted afterwards (read-plan.ts) so that this file is only about table shape.
 */
import { TableError } from '../errors.ts';
import type { Category, Item, PlanHeader, PlanReading, Warning } from '../model.ts';
import { looksLikeCategoryHeading, readCategory } from './category.ts';
import { figuresOfRow, indicatorFromColumns, withTargetSentence } from './column-figures.ts';
import { continueItem, isContinuation, mergePartRow, SUB_ROW } from './continuation.ts';
import { readSpan } from './deadline.ts';
import type { Grid } from './grid.ts';
import { findHeader, isRepeatedHeader } from './header.ts';
import { readHeading } from './heading.ts';
import { leadUnitInTask, readLeaders } from './people.ts';
import { checkColumnFit, placeCells } from './place-cells.ts';
import { readReport } from './report.ts';
import { hasNoPeople, inheritsPeople, readRowPeople } from './row-people.ts';

export interface ReadOptions {
  /** Year to assume when the heading names none. */
  fallbackYear?: number;
}

const joinLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .join('');

const PERIOD_ROLES: string[] = ['progress', 'actual'];
const DATED = /[0-9０-９一二三四五六七八九十]\s*月|季度|半年/;

/**
 * A title without its period leaves it to the progress column's name: "截至10月底进展",
 * "1-11月推进情况", "1-6月完成".
 */
function withPeriodOfColumn(plan: PlanHeader, cells: { text: string }[]): PlanHeader {
  if (plan.period) return plan;
  const named = cells.map((c) => c.text).filter((t) => DATED.test(t));
  const period = named.length ? readHeading([named.at(-1) as string], plan.year).period : null;
  return period ? { ...plan, period } : plan;
}

export function readGrid(grid: Grid, options: ReadOptions = {}): PlanReading {
  if (grid.rows.length === 0) {
    throw new TableError({
      code: 'empty',
      message: '没有找到表格：文件为空或不是进展情况表',
      messageEn: 'No table found: the file is empty or not a progress table',
    });
  }
  const header = findHeader(grid);
  const plan = withPeriodOfColumn(
    readHeading(grid.headingLines, options.fallbackYear ?? new Date().getUTCFullYear()),
    grid.rows[header.index]?.cells.filter((_, i) => PERIOD_ROLES.includes(header.roles[i] ?? '')) ??
      [],
  );
  const dataRows = grid.rows
    .slice(header.index + 1)
    .filter((row) => !isRepeatedHeader(row, header))
    .filter((row) => row.cells.some((c) => c.text.trim() !== ''));
  const placed = dataRows.map((row) => ({ row, cells: placeCells(row, header) }));
  checkColumnFit(placed);

  const categories: Category[] = [];
  const items: Item[] = [];
  const warnings: Warning[] = [...(grid.repairs ?? [])];
  let current: number | null = null;
  let missingRun = false;
  // How this table marks "same category as above": Word/Excel merges carry flags, flattened
  // text leaves the cell empty, CSV repeats the text on every row. In the last two styles an
  // empty cell means "same as above" only if the table has used it that way.
  const hasNumberColumn = header.roles.includes('no');
  const hasMergeInfo = placed.some(({ cells }) => cells.category?.merged);
  let sawRepeat = false;
  let sawEmpty = false;

  const enterCategory = (category: Category) => {
    categories.push(category);
    current = categories.length - 1;
    return current;
  };

  for (const { row, cells } of placed) {
    const nonEmpty = row.cells.filter((c) => c.text.trim() !== '');
    if (nonEmpty.length === 1 && looksLikeCategoryHeading(nonEmpty[0]?.text ?? '')) {
      enterCategory(readCategory(nonEmpty[0]?.text ?? ''));
      missingRun = false;
      continue;
    }
    const task = withTargetSentence(
      joinLines(cells.task?.text ?? ''),
      joinLines(cells.target?.text ?? ''),
    );
    const noText = (cells.no?.text ?? '').trim();
    const previous = items[items.length - 1];

    const subRow = SUB_ROW.exec(task);
    if (previous && !noText && subRow) {
      // "其中：危桥改造(座) | 12 | 6": a part of the item above, with figures of its own.
      const sub = indicatorFromColumns({
        task: task.slice(subRow[0].length),
        target: cells.target?.text ?? '',
        actual: cells.actual?.text ?? '',
        percent: cells.percent?.text ?? '',
        unit: cells.unit?.text ?? '',
      });
      if (sub) previous.indicators.push(sub);
      else previous.task = `${previous.task}；${task}`;
      continueItem(previous, cells);
      continue;
    }
    if (
      previous &&
      hasNumberColumn &&
      !noText &&
      task &&
      !cells.no?.present &&
      hasNoPeople(cells)
    ) {
      // "| 新增普惠托位400个。 | 新增普惠托位420个。 | |": a row that lost its number and unit
      // cells is a further target of the item above.
      const progress = cells.progress?.text.trim() ?? '';
      mergePartRow(previous, { task, progress, indicators: figuresOfRow(task, progress, cells) });
      warnings.push({
        code: 'part_row_merged',
        item: previous.no,
        message: `第${row.line}行没有序号和责任单位，作为第${previous.no}项的分项并入`,
        messageEn: `Row at line ${row.line} has no number and no unit; merged into item ${previous.no} as a further target`,
      });
      continue;
    }
    if (previous && isContinuation(previous, noText, task, cells)) {
      continueItem(previous, cells);
      warnings.push({
        code: 'row_continued',
        item: previous.no,
        message: `第${row.line}行重复第${previous.no}项的任务，按跨页续行合并到该项`,
        messageEn: `Row at line ${row.line} repeats item ${previous.no}'s task; merged as a continuation across a page break`,
      });
      continue;
    }

    const categoryCell = cells.category;
    const categoryText = categoryCell?.text.trim() ?? '';
    const absent =
      categoryCell !== undefined &&
      (!categoryCell.present ||
        (categoryText === '' &&
          !categoryCell.merged &&
          (hasMergeInfo || (sawRepeat && !sawEmpty))));
    if (absent) {
      if (!missingRun) {
        enterCategory({ ordinal: null, title: null });
        missingRun = true;
      }
    } else if (categoryText !== '' && !categoryCell?.merged) {
      const category = readCategory(categoryCell?.text ?? '');
      const last = current === null ? null : categories[current];
      // Tables repeat the merged cell's text on every row after a page break or in Excel.
      if (last && last.title === category.title && last.ordinal === category.ordinal)
        sawRepeat = true;
      else enterCategory(category);
      missingRun = false;
    } else {
      if (categoryCell?.present && categoryText === '') sawEmpty = true;
      if (current === null) enterCategory({ ordinal: null, title: null });
    }

    let no = noText;
    if (!hasNumberColumn) {
      // A table without a number column numbers its items by their order; nothing to warn of.
      no = String(items.length + 1);
    } else if (!no) {
      const previousNumber = previous ? Number.parseInt(previous.no, 10) : 0;
      no = String(Number.isNaN(previousNumber) ? items.length + 1 : previousNumber + 1);
      warnings.push({
        code: 'number_inferred',
        item: no,
        message: `第${row.line}行没有序号，按顺序推定为第${no}项`,
        messageEn: `Row at line ${row.line} has no number; inferred as item ${no} from the order`,
      });
    } else if (items.some((i) => i.no === no) && previous && previous.category !== current) {
      // Numbering that restarts in every group: "二-1" keeps the printed number and is unique.
      const category = current === null ? null : categories[current];
      no = `${category?.ordinal ?? (current ?? 0) + 1}-${no}`;
    }
    const inherited = inheritsPeople(cells, previous, current ?? 0) ? previous : undefined;
    const people = readRowPeople(cells);
    const { responsibilities, paired } = inherited
      ? { responsibilities: inherited.responsibilities, paired: true }
      : people;
    if (inherited) {
      warnings.push({
        code: 'unit_inherited',
        item: no,
        message: `第${no}项责任单位为空（合并单元格），沿用上一项的“${inherited.leadUnit}”`,
        messageEn: `Item ${no} has an empty unit cell (a merged cell); the unit of the item above (${inherited.leadUnit}) carries over`,
      });
    }
    if (!paired) {
      warnings.push({
        code: 'responsibility_mismatch',
        item: no,
        message: `第${no}项责任单位与责任人数量不一致，按顺序配对`,
        messageEn: `Item ${no}: the numbers of units and persons differ; paired in order`,
      });
    }
    const span = readSpan(task, plan.year);
    const progress = cells.progress?.text.trim() ?? '';
    const figures = figuresOfRow(task, progress, cells);
    items.push({
      no,
      category: current ?? 0,
      task,
      leadUnit:
        inherited?.leadUnit ??
        (cells.leadUnit?.text.trim() ? joinLines(cells.leadUnit.text) : null) ??
        leadUnitInTask(task) ??
        responsibilities[0]?.unit ??
        null,
      leaders: readLeaders(cells.leaders?.text ?? ''),
      responsibilities,
      start: span.start,
      deadline: span.deadline,
      indicators: figures,
      report: progress ? readReport(progress) : null,
      line: row.line,
    });
  }
  const untitled = new Map<number, string[]>();
  // A category column left empty on every row groups nothing: nothing was lost to warn of.
  const hasCategoryColumn =
    header.roles.includes('category') && categories.some((c) => c.title !== null);
  for (const item of items) {
    if (hasCategoryColumn && categories[item.category]?.title === null)
      untitled.set(item.category, [...(untitled.get(item.category) ?? []), item.no]);
  }
  for (const nos of untitled.values()) {
    warnings.push({
      code: 'category_missing',
      item: nos[0] ?? null,
      message: `第${nos.join('、')}项没有大类标题，归入无标题大类`,
      messageEn: `Items ${nos.join(', ')} have no category title; kept in an untitled category`,
    });
  }
  return { plan, categories, items, warnings };
}
