/**
 * The official summary table (进展情况汇总表) as plain strings, built once from a plan document so
 * that every exporter (.docx, .xlsx, CSV, HTML) prints the same cells in the same order.
 */
import type { ItemDocument, PlanDocument } from '../../core/plan-document.ts';
import { changeNote } from '../../core/supervision/target-change-note.ts';
import { formatPercent, STATUS_LABELS } from './labels.ts';

export interface ExportOptions {
  /** "附件4" printed above the title; omitted when absent. */
  attachmentLabel?: string | null;
  /** Adds the computed columns 完成率 / 序时进度 / 评估. */
  assessment?: boolean;
}

export const BASE_COLUMNS = [
  '大类',
  '序号',
  '工作任务',
  '分管市领导',
  '责任单位',
  '责任人',
  '进展情况',
];
export const ASSESSMENT_COLUMNS = ['完成率', '序时进度', '评估'];

export interface SummaryRow {
  no: string;
  task: string;
  leaders: string[];
  /** Parallel to `persons`: line i of 责任单位 pairs with line i of 责任人. */
  units: string[];
  persons: string[];
  /** The status sentence first, then each point with its "（n）" marker. */
  progress: string[];
  completion: string;
  expected: string;
  assessment: string;
}

export interface SummaryGroup {
  /** "一、提高医疗卫生服务水平"; "" when the source lost the title. */
  category: string;
  rows: SummaryRow[];
}

export interface SummaryTable {
  heading: string | null;
  title: string;
  /** "（共6项）": the items the table holds. */
  countLine: string;
  columns: string[];
  assessment: boolean;
  groups: SummaryGroup[];
  /** Lines printed under the table: "注：" and each approved change of a target, deadline or unit. */
  notes: string[];
}

export function buildSummaryTable(doc: PlanDocument, options: ExportOptions = {}): SummaryTable {
  const assessment = options.assessment ?? false;
  return {
    heading: options.attachmentLabel?.trim() || null,
    title: doc.plan.title,
    countLine: `（共${doc.items.length}项）`,
    columns: assessment ? [...BASE_COLUMNS, ...ASSESSMENT_COLUMNS] : BASE_COLUMNS,
    assessment,
    groups: groupByCategory(doc.items),
    notes: changeNotes(doc.items),
  };
}

/** The table's note lines: one per approved change, under a "注：" line; none without changes. */
function changeNotes(items: ItemDocument[]): string[] {
  const notes = items.flatMap((item) => (item.targetChanges ?? []).map(changeNote));
  return notes.length === 0
    ? []
    : ['注：以下事项的目标经批准调整，评估按调整后的目标计算。', ...notes];
}

/** Consecutive items of one category form one group: one merged category cell. */
function groupByCategory(items: ItemDocument[]): SummaryGroup[] {
  const groups: SummaryGroup[] = [];
  let key: string | null = null;
  for (const item of items) {
    const itemKey = `${item.categoryOrdinal ?? ''}\u0000${item.category ?? ''}`;
    const last = groups.at(-1);
    if (last && itemKey === key) {
      last.rows.push(buildRow(item));
    } else {
      groups.push({ category: categoryText(item), rows: [buildRow(item)] });
      key = itemKey;
    }
  }
  return groups;
}

function categoryText(item: ItemDocument): string {
  if (item.category === null) return '';
  return item.categoryOrdinal ? `${item.categoryOrdinal}、${item.category}` : item.category;
}

function buildRow(item: ItemDocument): SummaryRow {
  return {
    no: item.no,
    task: item.task,
    leaders: item.leaders,
    units: item.responsibilities.map((r) => r.unit),
    persons: item.responsibilities.map((r) => r.person ?? ''),
    progress: progressParagraphs(item),
    completion: formatPercent(item.assessment.progress),
    expected: formatPercent(item.assessment.expected),
    assessment: STATUS_LABELS[item.assessment.status],
  };
}

/**
 * The unit's own text, one paragraph per line: the status sentence, then its points as the unit
 * numbered them. Rebuilt from the points only when a report has no text of its own.
 */
function progressParagraphs(item: ItemDocument): string[] {
  const report = item.report;
  if (!report) return [];
  const written = report.text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (written.length > 0) return written;
  const lines = report.statusLabel ? [`${report.statusLabel}。`] : [];
  const numbered = report.points.length > 1;
  report.points.forEach((point, index) => {
    lines.push(numbered ? `（${index + 1}）${point}` : point);
  });
  return lines;
}

/** A row's cells as one text each, lists one per line, in the order of `table.columns`. */
export function rowCells(category: string, row: SummaryRow, table: SummaryTable): string[] {
  const values = [
    category,
    row.no,
    row.task,
    row.leaders.join('\n'),
    row.units.join('\n'),
    row.persons.join('\n'),
    row.progress.join('\n'),
  ];
  return table.assessment ? [...values, row.completion, row.expected, row.assessment] : values;
}
