/** One entry for every output format of the summary table, for the CLI and the API alike. */
import type { PlanDocument } from '../../core/plan-document.ts';
import { exportCsv } from './csv.ts';
import { exportDocx } from './docx.ts';
import { exportHtml } from './html.ts';
import { htmlToPdf } from './pdf.ts';
import type { ExportOptions } from './summary-table.ts';
import { exportXlsx } from './xlsx.ts';

export const EXPORT_FORMATS = ['docx', 'xlsx', 'csv', 'json', 'html', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
};

export async function renderPlan(
  doc: PlanDocument,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return exportDocx(doc, options);
    case 'xlsx':
      return exportXlsx(doc, options);
    case 'csv':
      return exportCsv(doc, options);
    case 'json':
      return Buffer.from(`${JSON.stringify(doc, null, 2)}\n`);
    case 'html':
      return Buffer.from(exportHtml(doc, options));
    case 'pdf':
      return htmlToPdf(exportHtml(doc, options));
  }
}
