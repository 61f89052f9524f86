/**
 * Turns a spreadsheet-like matrix of cells (from .xlsx or CSV) into a Grid: the rows above the
 * header row become heading lines, the header and the rows below it the table. When no row looks
 * like a header, every row goes to the table and the reader finds its own way.
 */
import type { Grid, GridCell } from '../../core/table/grid.ts';
import { findHeaderRow, headingLinesOf } from './header-row.ts';

export interface SourceRow {
  cells: GridCell[];
  /** 1-based row in the source. */
  line: number;
}

const isBlank = (row: SourceRow) => row.cells.every((cell) => cell.text === '' && !cell.merged);

export function gridFromRows(source: SourceRow[]): Grid {
  const rows = source.filter((row) => !isBlank(row));
  const header = findHeaderRow(rows.map((row) => row.cells.map((cell) => cell.text)));
  const table = header >= 0 ? rows.slice(header) : rows;
  // Every row as wide as the widest content, so column i means the same in every row.
  const width = Math.max(
    0,
    ...table.map((row) => row.cells.findLastIndex((cell) => cell.text !== '' || cell.merged) + 1),
  );
  return {
    headingLines:
      header > 0
        ? headingLinesOf(
            rows.slice(0, header).map((row) => row.cells.map((c) => (c.merged ? '' : c.text))),
          )
        : [],
    rows: table.map((row) => ({
      cells: Array.from({ length: width }, (_, i) => row.cells[i] ?? { text: '' }),
      missingBefore: 0,
      line: row.line,
    })),
  };
}
