/**
 * The header row of a table: found among the first rows by its column names, and recognised
 * again when a page break repeats it.
 */
import { TableError } from '../errors.ts';
import { type ColumnRole, roleOfHeader } from './columns.ts';
import type { Grid, GridRow } from './grid.ts';

export interface Header {
  index: number;
  roles: (ColumnRole | null)[];
}

const HEADER_SCAN_ROWS = 12;

export function findHeader(grid: Grid): Header {
  for (const [index, row] of grid.rows.slice(0, HEADER_SCAN_ROWS).entries()) {
    const roles = row.cells.map((c) => roleOfHeader(c.text));
    const known = roles.filter(Boolean);
    if (known.length >= 3 && roles.includes('task')) {
      // A role named twice keeps its first column; the other is an extra column, ignored.
      const seen = new Set<ColumnRole>();
      return {
        index,
        roles: roles.map((r) => {
          if (!r || seen.has(r)) return null;
          seen.add(r);
          return r;
        }),
      };
    }
  }
  const first = grid.rows[0];
  throw new TableError({
    code: 'no_header',
    message: '找不到表头：需要“序号”“工作任务”“责任单位”“进展情况”等列名',
    messageEn:
      'No table header found: expected column names such as 序号, 工作任务, 责任单位, 进展情况',
    line: first?.line ?? null,
  });
}

export function isRepeatedHeader(row: GridRow, header: Header): boolean {
  return (
    row.cells.filter((c, i) => header.roles[i] && roleOfHeader(c.text) === header.roles[i])
      .length >= 3
  );
}
