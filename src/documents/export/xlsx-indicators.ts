/**
 * The "指标" sheet: one row per indicator as plain values (numbers stay numbers, shares are
 * formatted as percentages), for filtering and pivoting rather than printing.
 */
import type { Worksheet } from 'exceljs';
import type { PlanDocument } from '../../core/plan-document.ts';
import { KIND_LABELS, STATUS_LABELS } from './labels.ts';

const COLUMNS = [
  { header: '序号', key: 'no', width: 6 },
  { header: '指标', key: 'what', width: 30 },
  { header: '类型', key: 'kind', width: 10 },
  { header: '目标', key: 'target', width: 12 },
  { header: '单位', key: 'unit', width: 12 },
  { header: '实际', key: 'actual', width: 12 },
  { header: '完成率', key: 'completion', width: 10, style: { numFmt: '0.0%' } },
  { header: '序时进度', key: 'expected', width: 10, style: { numFmt: '0.0%' } },
  { header: '评估', key: 'status', width: 10 },
];

export function fillIndicatorSheet(sheet: Worksheet, doc: PlanDocument): void {
  sheet.columns = COLUMNS;
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const item of doc.items) {
    for (const indicator of item.indicators) {
      sheet.addRow({
        no: item.no,
        what: indicator.what,
        kind: KIND_LABELS[indicator.kind],
        target: indicator.target,
        unit: indicator.unit,
        actual: indicator.actual,
        completion: indicator.completion,
        expected: indicator.expected,
        status: STATUS_LABELS[indicator.status],
      });
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
}
