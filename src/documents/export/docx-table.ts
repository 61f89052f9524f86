/**
 * The summary table as a `docx` Table: header row repeated on every page, category cells merged
 * vertically across their items, units and persons one per paragraph so line i of one column
 * sits beside line i of the other.
 */
import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { FONT, runFont, SIZE } from './docx-fonts.ts';
import type { SummaryRow, SummaryTable } from './summary-table.ts';

/** Twips; each set sums to the landscape A4 text width (16838 − 2 × 1134). */
const WIDTHS = {
  base: [1200, 620, 3280, 1000, 2650, 1600, 4220],
  assessment: [1000, 620, 2390, 900, 2560, 1600, 3000, 800, 800, 900],
};
export const TABLE_WIDTH = 14570;

/** Header labels broken where the official table breaks them, to fit narrow columns. */
const HEADER_LINES: Record<string, string[]> = {
  分管市领导: ['分管', '市领导'],
  序时进度: ['序时', '进度'],
};

// 0.1 cm: a 10-character unit (市人力资源社会保障局) and a 6-character person (各市（区）长) still
// fit one line each, which keeps units and persons paired line by line.
const CELL_MARGIN = 57;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function paragraphs(lines: string[], align: Align, header = false): Paragraph[] {
  const texts = lines.length > 0 ? lines : [''];
  return texts.map(
    (text) =>
      new Paragraph({
        alignment: align,
        children: [
          new TextRun({
            text,
            font: runFont(header ? FONT.header : FONT.body),
            size: SIZE.body,
          }),
        ],
      }),
  );
}

function cell(
  lines: string[],
  width: number,
  align: Align,
  extra: Partial<{ merge: 'restart' | 'continue'; header: boolean }> = {},
): TableCell {
  return new TableCell({
    children: paragraphs(lines, align, extra.header),
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 30, bottom: 30 },
    ...(extra.merge && {
      verticalMerge:
        extra.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
    }),
  });
}

function itemCells(row: SummaryRow, table: SummaryTable, widths: number[]): TableCell[] {
  const w = (i: number) => widths[i] ?? 0;
  const cells = [
    cell([row.no], w(1), AlignmentType.CENTER),
    cell([row.task], w(2), AlignmentType.JUSTIFIED),
    cell(row.leaders, w(3), AlignmentType.CENTER),
    cell(row.units, w(4), AlignmentType.LEFT),
    cell(row.persons, w(5), AlignmentType.CENTER),
    cell(row.progress, w(6), AlignmentType.JUSTIFIED),
  ];
  if (table.assessment) {
    cells.push(
      cell([row.completion], w(7), AlignmentType.CENTER),
      cell([row.expected], w(8), AlignmentType.CENTER),
      cell([row.assessment], w(9), AlignmentType.CENTER),
    );
  }
  return cells;
}

export function buildDocxTable(table: SummaryTable): Table {
  const widths = table.assessment ? WIDTHS.assessment : WIDTHS.base;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((name, i) =>
      cell(HEADER_LINES[name] ?? [name], widths[i] ?? 0, AlignmentType.CENTER, { header: true }),
    ),
  });
  const rows = table.groups.flatMap((group) =>
    group.rows.map(
      (row, index) =>
        new TableRow({
          children: [
            cell(index === 0 ? [group.category] : [], widths[0] ?? 0, AlignmentType.CENTER, {
              merge: index === 0 ? 'restart' : 'continue',
            }),
            ...itemCells(row, table, widths),
          ],
        }),
    ),
  );
  return new Table({
    rows: [header, ...rows],
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}
