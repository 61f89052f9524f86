/**
 * A row's cells on the header's columns: short rows aligned by content, rows with a cell too
 * many refused, and the contents of each column checked against its name.
 */
import { TableError } from '../errors.ts';
import { alignCells, columnFit } from './align.ts';
import { isFiguresOnly } from './column-figures.ts';
import { type ColumnRole, ROLE_NAMES } from './columns.ts';
import type { GridRow } from './grid.ts';
import type { Header } from './header.ts';

/** The text of each column's cell; `present` false when the row lost that cell. */
export type Cells = Partial<
  Record<ColumnRole, { text: string; present: boolean; merged: boolean }>
>;

export function placeCells(row: GridRow, header: Header): Cells {
  const n = header.roles.length;
  let texts = row.cells.map((c) => c.text);
  let merged = row.cells.map((c) => c.merged === true);
  while (texts.length > n && texts[texts.length - 1]?.trim() === '') {
    texts = texts.slice(0, -1);
    merged = merged.slice(0, -1);
  }
  // "| 新增认知障碍照护床位1000张 | 1080 | 108% | |": a sub-row of a web table that lost its
  // leading cell and kept an empty one at its end; its cells are aligned by content.
  if (
    row.missingBefore === null &&
    texts.length === n &&
    texts[n - 1]?.trim() === '' &&
    columnFit(header.roles[0] ?? null, texts[0] ?? '') < 0
  ) {
    while (texts.length > 0 && texts[texts.length - 1]?.trim() === '') {
      texts = texts.slice(0, -1);
      merged = merged.slice(0, -1);
    }
  }
  if (texts.length > n) {
    throw new TableError({
      code: 'too_many_cells',
      message: `这一行有${texts.length}个单元格，表头只有${n}列`,
      messageEn: `This row has ${texts.length} cells but the header has ${n} columns`,
      line: row.line,
    });
  }
  const columns = row.cutOff
    ? texts.map((_, i) => i)
    : row.missingBefore !== null && row.missingBefore + texts.length === n
      ? texts.map((_, i) => i + (row.missingBefore ?? 0))
      : alignCells(header.roles, texts);
  if (!columns) {
    throw new TableError({
      code: 'too_few_cells',
      message: `这一行只有${texts.length}个单元格，无法与${n}列的表头对齐`,
      messageEn: `This row has only ${texts.length} cells and cannot be aligned with the ${n} header columns`,
      line: row.line,
    });
  }
  const cells: Cells = {};
  header.roles.forEach((role) => {
    if (role) cells[role] = { text: '', present: false, merged: false };
  });
  columns.forEach((column, i) => {
    const role = header.roles[column];
    if (role) cells[role] = { text: texts[i] ?? '', present: true, merged: merged[i] ?? false };
  });
  return cells;
}

/** Column contents must fit their header; a shuffled table is refused, not misread. */
export function checkColumnFit(rows: { row: GridRow; cells: Cells }[]): void {
  const roles: ColumnRole[] = ['category', 'no', 'task', 'units', 'progress'];
  for (const role of roles) {
    const scored = rows
      .map(({ row, cells }) => ({ row, cell: cells[role] }))
      .filter(({ cell }) => cell?.present && cell.text.trim() !== '')
      // "3260", "4385（110%）": a progress column of figures only is still a progress column.
      .filter(({ cell }) => role !== 'progress' || !isFiguresOnly(cell?.text ?? ''));
    if (scored.length < 2) continue;
    const bad = scored.filter(({ cell }) => columnFit(role, cell?.text ?? '') < 0);
    if (bad.length / scored.length > 0.5) {
      throw new TableError({
        code: 'columns_mismatch',
        message: `“${ROLE_NAMES[role]}”列的内容与表头不符（如${bad[0]?.cell?.text.slice(0, 12) ?? ''}），列的顺序可能被打乱`,
        messageEn: `The contents of the "${role}" column do not match its header; the columns may be shuffled`,
        line: bad[0]?.row.line ?? null,
      });
    }
  }
}
