/**
 * Tables with one row a line and cells separated by TABs (pasted from a spreadsheet) or by runs
 * of spaces (copied from a PDF or a fixed-width export):
 * "序号  项目名称  年度目标  累计完成  责任单位" then "1  新建农村公路(公里)  120  96.5  县交通运输局".
 * A TAB row keeps its empty cells ("\t其中：抗震改造(户)\t120\t70" lost its number); a line that
 * does not split continues the cell above.
 */
import type { Grid, GridRow } from './grid.ts';
import { resolveRoles } from './header.ts';

export interface DelimitedHeader {
  index: number;
  split: RegExp;
}

const SPLITS = [/\t/, /[ \u3000]{2,}/, /[ \u3000]+/];
const HEADER_SCAN = 30;

function cellsOf(line: string, split: RegExp): string[] {
  const cells = line.split(split).map((c) => c.trim());
  // Spaces pad cells to a width; only TABs mark an empty cell.
  return split.source === '\\t' ? cells : cells.filter(Boolean);
}

/** The header line and the separator that splits it into at least three known column names. */
export function findDelimitedHeader(lines: string[]): DelimitedHeader | null {
  for (const [index, line] of lines.slice(0, HEADER_SCAN).entries()) {
    for (const split of SPLITS) {
      if (!split.test(line.trim())) continue;
      const names = cellsOf(line.trim(), split).filter(Boolean);
      const roles = resolveRoles(names);
      if (names.length >= 3 && roles.filter(Boolean).length >= 3 && roles.includes('task'))
        return { index, split };
    }
  }
  return null;
}

export function readDelimitedText(text: string): Grid {
  const lines = text.split(/\r\n|\r|\n/);
  const header = findDelimitedHeader(lines);
  if (!header) return { headingLines: [], rows: [] };
  const width = cellsOf(lines[header.index]?.trim() ?? '', header.split).length;
  const rows: GridRow[] = [];
  lines.slice(header.index).forEach((raw, i) => {
    if (!raw.trim()) return;
    const cells = cellsOf(header.split.source === '\\t' ? raw.trimEnd() : raw.trim(), header.split);
    const last = rows.at(-1)?.cells.at(-1);
    if (cells.filter(Boolean).length < 2 && last) {
      last.text = `${last.text}\n${raw.trim()}`;
      return;
    }
    rows.push({
      cells: cells.map((t) => ({ text: t })),
      missingBefore: cells.length === width ? 0 : null,
      line: header.index + i + 1,
    });
  });
  return {
    headingLines: lines
      .slice(0, header.index)
      .map((l) => l.trim())
      .filter(Boolean),
    rows,
  };
}
