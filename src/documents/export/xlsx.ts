/**
 * Exports the summary table as an Excel workbook: the printable table on "汇总表" (merged
 * category cells, wrapped text, frozen and repeated header, A4 landscape fitted to the page
 * width) and the indicators as plain data on "指标".
 */
import ExcelJS from 'exceljs';
import type { PlanDocument } from '../../core/plan-document.ts';
import {
  buildSummaryTable,
  type ExportOptions,
  rowCells,
  type SummaryTable,
} from './summary-table.ts';
import { fillIndicatorSheet } from './xlsx-indicators.ts';
import { estimateRowHeight } from './xlsx-row-height.ts';

/** Column widths in characters, by header: 责任单位 and 责任人 fit 10 and 6 Chinese characters on one line. */
const WIDTHS: Record<string, number> = {
  大类: 12,
  序号: 6,
  工作任务: 40,
  分管市领导: 10,
  责任单位: 25,
  责任人: 15,
  进展情况: 56,
  完成率: 9,
  序时进度: 9,
  评估: 9,
};

const BODY_FONT = { name: '仿宋_GB2312', size: 12 };
const BORDER = { style: 'thin' as const };
const BORDERS = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER };

/** A line spanning the table's width: title, count line. */
function addBanner(
  sheet: ExcelJS.Worksheet,
  text: string,
  font: Partial<ExcelJS.Font>,
  width: number,
) {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, width);
  row.getCell(1).font = font;
  row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  row.height = 2 * (font.size ?? 12);
}

function fillSummarySheet(sheet: ExcelJS.Worksheet, table: SummaryTable): void {
  const width = table.columns.length;
  const widths = table.columns.map((name) => WIDTHS[name] ?? 10);
  sheet.columns = widths.map((w) => ({ width: w }));
  if (table.heading) sheet.addRow([table.heading]).getCell(1).font = { name: '黑体', size: 16 };
  addBanner(sheet, table.title, { name: '方正小标宋简体', size: 22 }, width);
  addBanner(sheet, table.countLine, { ...BODY_FONT, size: 16 }, width);

  const header = sheet.addRow(table.columns);
  header.eachCell((cell) => {
    cell.font = { name: '黑体', size: 12 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDERS;
  });

  for (const group of table.groups) {
    const first = sheet.rowCount + 1;
    group.rows.forEach((row, index) => {
      const values = rowCells(index === 0 ? group.category : '', row, table);
      const added = sheet.addRow(values);
      // The category text is left out: its merged cell spans the group's rows.
      added.height = estimateRowHeight(['', ...values.slice(1)], widths, BODY_FONT.size);
      for (let column = 1; column <= width; column++) {
        const cell = added.getCell(column);
        cell.font = BODY_FONT;
        cell.border = BORDERS;
        const longText = column === 3 || column === 7;
        // Top, not middle: a missing last person leaves a trailing empty line that spreadsheets
        // drop when centring, which would shift persons half a line off their units.
        const vertical = column === 1 ? 'middle' : 'top';
        cell.alignment = { vertical, horizontal: longText ? 'left' : 'center', wrapText: true };
      }
    });
    if (group.rows.length > 1) sheet.mergeCells(first, 1, sheet.rowCount, 1);
  }

  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages tall as needed
    horizontalCentered: true,
    printTitlesRow: `${header.number}:${header.number}`,
    margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: '&C— &P —' };
}

/** The plan's summary table as .xlsx bytes. */
export async function exportXlsx(doc: PlanDocument, options: ExportOptions = {}): Promise<Buffer> {
  const table = buildSummaryTable(doc, options);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Minsheng';
  workbook.title = table.title;
  fillSummarySheet(workbook.addWorksheet('汇总表'), table);
  fillIndicatorSheet(workbook.addWorksheet('指标'), doc);
  // On a sheet of their own: a note row under the table would be read back as a row of it.
  if (table.notes.length > 0) {
    const notes = workbook.addWorksheet('目标调整');
    notes.columns = [{ width: 120 }];
    for (const note of table.notes) notes.addRow([note]).getCell(1).alignment = { wrapText: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
