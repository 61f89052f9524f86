/**
 * Test support: the Grid cells an exported summary table should read back as, built from the same
 * summary table the exporters print, so round-trip tests compare like with like.
 */
import type { PlanDocument } from '../../core/plan-document.ts';
import type { GridCell } from '../../core/table/grid.ts';
import { buildSummaryTable, type ExportOptions } from '../export/summary-table.ts';
import { normaliseCellText } from '../import/cell-text.ts';

export interface ExpectedGridOptions extends ExportOptions {
  /** True where the format merges category cells (.docx, .xlsx); CSV repeats the text instead. */
  mergedCategories: boolean;
}

export function expectedItemCells(doc: PlanDocument, options: ExpectedGridOptions): GridCell[][] {
  const table = buildSummaryTable(doc, options);
  return table.groups.flatMap((group) =>
    group.rows.map((row, index) => {
      const category: GridCell =
        options.mergedCategories && index > 0
          ? { text: group.category, merged: true }
          : { text: group.category };
      const texts = [row.no, row.task, row.leaders, row.units, row.persons, row.progress].map(
        (value) => normaliseCellText(Array.isArray(value) ? value.join('\n') : value),
      );
      if (table.assessment) texts.push(row.completion, row.expected, row.assessment);
      return [category, ...texts.map((text) => ({ text }))];
    }),
  );
}
