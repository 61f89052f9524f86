/**
 * Reads an .xlsx table into a Grid with ExcelJS. The first sheet holding a header row is read
 * (else the first sheet with content). A merge's non-master cells below the master's row carry
 * the master's text with `merged: true`; cells a merge spans to the right of its master are
 * empty, so columns stay where the sheet draws them.
 */
import ExcelJS from 'exceljs';
import type { Grid, GridCell } from '../../core/table/grid.ts';
import { normaliseCellText } from './cell-text.ts';
import { gridFromRows, type SourceRow } from './grid-from-rows.ts';
import { isHeaderRow } from './header-row.ts';
import { LIMITS } from './limits.ts';
import { openPackage } from './open-package.ts';
import { refuse } from './refusals.ts';

const ROW_TAG = /<(?:\w+:)?row[\s>]/g;
const CELL_TAG = /<(?:\w+:)?c[\s>/]/g;

/** Counts rows and cells in the sheet XML before ExcelJS builds an object for each. */
function assertSheetSizes(parts: Map<string, Buffer>): void {
  for (const [name, xml] of parts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const text = xml.toString('utf8');
    if ((text.match(ROW_TAG)?.length ?? 0) > LIMITS.rows) throw refuse.tooManyRows();
    if ((text.match(CELL_TAG)?.length ?? 0) > LIMITS.cells) throw refuse.tooManyRows();
  }
}

function cellText(cell: ExcelJS.Cell): string {
  if (cell.value instanceof Date) return cell.value.toISOString().slice(0, 10);
  return normaliseCellText(cell.text ?? '');
}

function gridCell(cell: ExcelJS.Cell): GridCell {
  const master = cell.master;
  if (!cell.isMerged || master === cell || master.address === cell.address)
    return { text: cellText(cell) };
  if (Number(master.row) === Number(cell.row)) return { text: '' };
  return { text: cellText(master), merged: true };
}

function readSheet(sheet: ExcelJS.Worksheet): SourceRow[] {
  const rows: SourceRow[] = [];
  // ExcelJS computes these by walking every row: read them once, not per cell.
  const rowCount = sheet.rowCount;
  const columnCount = sheet.columnCount;
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: GridCell[] = [];
    for (let c = 1; c <= columnCount; c++) cells.push(gridCell(row.getCell(c)));
    rows.push({ cells, line: r });
  }
  return rows;
}

const hasHeader = (rows: SourceRow[]) =>
  rows.slice(0, 30).some((row) => isHeaderRow(row.cells.map((c) => c.text)));
const hasContent = (rows: SourceRow[]) => rows.some((row) => row.cells.some((c) => c.text !== ''));

/** The table of an .xlsx file as a Grid; throws DocumentError on hostile or unreadable files. */
export async function importXlsx(bytes: Buffer): Promise<Grid> {
  // ExcelJS inflates every part, so every part is inflated under the budget first.
  const parts = await openPackage(bytes, { kind: 'Excel', inflate: () => true });
  if (!parts.has('xl/workbook.xml')) throw refuse.corrupt('Excel');
  assertSheetSizes(parts);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own global `Buffer extends ArrayBuffer`, which Node's Buffer type does
    // not satisfy; at run time it takes a Node Buffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw refuse.corrupt('Excel');
  }
  const sheets = workbook.worksheets.map(readSheet);
  const chosen = sheets.find(hasHeader) ?? sheets.find(hasContent);
  if (!chosen) throw refuse.noTable('Excel');
  return gridFromRows(chosen);
}
