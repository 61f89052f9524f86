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
      return { index, roles: resolveRoles(row.cells.map((c) => c.text)) };
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

/** "目标任务", "全年目标任务" beside a task column name the target, not a second task. */
const TARGET_NAME = /目标|计划|任务数/;

/**
 * Each column's role, one column per role. A role named twice keeps its first column, except:
 * a second task column named as a target ("项目 | 目标任务") is the target, and of two progress
 * columns ("1-10月推进情况 | 1-11月推进情况") the later period's is the report. Other repeats are
 * extra columns, ignored.
 */
export function resolveRoles(names: string[]): (ColumnRole | null)[] {
  const roles = names.map(roleOfHeader);
  const progress = roles.filter((r) => r === 'progress').length;
  let progressSeen = 0;
  const seen = new Set<ColumnRole>();
  return roles.map((role, i) => {
    let r = role;
    if (r === 'task' && seen.has('task') && !seen.has('target') && TARGET_NAME.test(names[i] ?? ''))
      r = 'target';
    if (r === 'progress' && ++progressSeen < progress) return null;
    if (!r || seen.has(r)) return null;
    seen.add(r);
    return r;
  });
}

export function isRepeatedHeader(row: GridRow, header: Header): boolean {
  return (
    row.cells.filter((c, i) => header.roles[i] && roleOfHeader(c.text) === header.roles[i])
      .length >= 3
  );
}
