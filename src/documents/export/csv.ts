/**
 * Exports the summary table as CSV: one row per item with the seven columns, ready for Excel
 * (UTF-8 with BOM, CRLF, RFC 4180 quoting) and safe to open there: a cell that would start a
 * formula gets a leading apostrophe (OWASP "CSV injection").
 */
import type { PlanDocument } from '../../core/plan-document.ts';
import { buildSummaryTable, type ExportOptions, rowCells } from './summary-table.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

/** '=1+1' → "'=1+1": Excel and LibreOffice show it as text instead of evaluating it. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csvLine(values: string[]): string {
  return values.map((value) => quote(neutraliseFormula(value))).join(',');
}

/**
 * The plan's items as CSV bytes. Every row repeats its category, as CSV has no merged cells and
 * a row read alone (filtered, sorted) must still say where it belongs.
 */
export function exportCsv(doc: PlanDocument, options: ExportOptions = {}): Buffer {
  const table = buildSummaryTable(doc, options);
  // The heading lines above the table, as offices lay them out in Excel; importers read them back.
  const heading = [table.heading, table.title, table.countLine].filter((l): l is string =>
    Boolean(l),
  );
  const lines = [...heading.map((l) => csvLine([l])), csvLine(table.columns)];
  for (const group of table.groups) {
    for (const row of group.rows) lines.push(csvLine(rowCells(group.category, row, table)));
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
