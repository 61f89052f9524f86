/**
 * Reads a CSV table into a Grid: UTF-8 (with or without BOM), GBK or UTF-16 text, comma, tab or
 * semicolon separated, quoted cells spanning lines. The apostrophe Minsheng's CSV export puts
 * before a formula-like cell is taken off again, so an exported file reads back unchanged.
 */
import type { Grid } from '../../core/table/grid.ts';
import { normaliseCellText } from './cell-text.ts';
import { detectDelimiter, parseCsv } from './csv-parse.ts';
import { decodeText } from './decode-text.ts';
import { gridFromRows } from './grid-from-rows.ts';
import { LIMITS } from './limits.ts';
import { assertInputSize, refuse } from './refusals.ts';

const NEUTRALISED_FORMULA = /^'(?=[=+\-@\t\r])/;

/** The table of a CSV file as a Grid; throws DocumentError on binary or oversized input. */
export function importCsv(bytes: Buffer): Grid {
  assertInputSize(bytes);
  const text = decodeText(bytes);
  if (text === null) throw refuse.unsupported();
  const records = parseCsv(text.replace(/^\uFEFF/, ''), detectDelimiter(text), LIMITS.rows + 1);
  if (records.length > LIMITS.rows) throw refuse.tooManyRows();
  return gridFromRows(
    records.map((record) => ({
      line: record.line,
      cells: record.fields.map((field) => ({
        text: normaliseCellText(field.replace(NEUTRALISED_FORMULA, '')),
      })),
    })),
  );
}
