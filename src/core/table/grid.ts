/**
 * A table as rows of cells, whatever file it came from. Each source format (flattened text,
 * .xlsx, .docx, CSV) turns its bytes into a Grid; one reader (read-grid.ts) turns any Grid into
 * a plan, so every format follows the same reading rules.
 */
import type { Warning } from '../model.ts';

export interface GridCell {
  /** Cell text with lines joined by "\n"; "" for a printed but empty cell. */
  text: string;
  /**
   * True when this cell continues a vertically merged cell from the row above (Word's
   * w:vMerge continue, an Excel merge's non-master cell). An empty cell in a column that
   * inherits (the category) is treated the same way.
   */
  merged?: boolean;
}

export interface GridRow {
  cells: GridCell[];
  /**
   * Cells missing at the start of the row (Word's w:gridBefore; a flattened row that starts
   * without its first cell). Unknown leading cells are aligned by content instead when null.
   */
  missingBefore: number | null;
  /** The row lost its last cells (cut off when copied): its cells stand from the first column. */
  cutOff?: boolean;
  /** 1-based line (text) or row (spreadsheet) number in the source, for messages. */
  line: number;
}

export interface Grid {
  /** Lines above the table: "附件4", the title, "（共21项）". */
  headingLines: string[];
  rows: GridRow[];
  /** What reading the source repaired (page furniture dropped, a cut-off row), for the user. */
  repairs?: Warning[];
}
