/**
 * Reads a Word table flattened to text (the seed's format) into a Grid.
 *
 * A cell starts with a TAB at the start of a line; lines without one continue the cell; a blank
 * line ends a row. Some exports also start a row with " \t" right after the previous cell: the
 * text before the TAB stands for cells that were not printed, so that row's leading cells are
 * missing and are aligned by content later.
 */
import type { Grid, GridCell, GridRow } from './grid.ts';

const ROW_START_WITHOUT_FIRST_CELL = /^[ \u3000]+\t/;

export function readFlatText(text: string): Grid {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const headingLines: string[] = [];
  const rows: GridRow[] = [];
  let row: GridRow | null = null;
  let cell: GridCell | null = null;

  const endRow = () => {
    if (row && row.cells.length > 0) rows.push(row);
    row = null;
    cell = null;
  };

  lines.forEach((raw, index) => {
    const line = index + 1;
    const rowBreak = ROW_START_WITHOUT_FIRST_CELL.test(raw);
    if (rowBreak) endRow();
    if (rowBreak || raw.startsWith('\t')) {
      row ??= { cells: [], missingBefore: rowBreak ? null : 0, line };
      // A line may hold several cells when an exporter put TABs between short cells.
      for (const part of raw.replace(ROW_START_WITHOUT_FIRST_CELL, '\t').split('\t').slice(1)) {
        cell = { text: part.trimEnd() };
        row.cells.push(cell);
      }
      return;
    }
    if (raw.trim() === '') {
      endRow();
      return;
    }
    if (cell) {
      cell.text = cell.text === '' ? raw.trimEnd() : `${cell.text}\n${raw.trimEnd()}`;
    } else {
      headingLines.push(raw.trim());
    }
  });
  endRow();
  return { headingLines, rows };
}
