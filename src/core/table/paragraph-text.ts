/**
 * Reads a table flattened one cell per paragraph: the header names on lines of their own, then
 * every cell's lines one after another with nothing marking where a cell ends. Rows start at
 * the item numbers (a line holding only the next number); within a row, lines are cut into the
 * columns' cells where each cell best fits its column (align.ts's fit), in column order.
 */
import { columnFit } from './align.ts';
import { looksLikeCategoryHeading } from './category.ts';
import { type ColumnRole, isListedHeader, roleOfHeader } from './columns.ts';
import type { Grid, GridRow } from './grid.ts';
import { resolveRoles } from './header.ts';

const NUMBER_LINE = /^\s*([0-9]{1,3})\s*[*＊]?\s*$/;
const EMPTY_CELL = -0.1;
const TASK_LINE = /[（(]\s*牵头(?:单位|部门)\s*[:：]/;
const UNIT_OF_NAME = /^[（(][^（）()]{1,4}[）)]$/;
const OTHER_NAME = /^[\p{Script=Han}\s]{2,8}$/u;
const isFirstNumber = (line: string | undefined) =>
  /^\s*1\s*$/.test(line ?? '') || looksLikeCategoryHeading(line ?? '');

interface Header {
  start: number;
  end: number;
  names: string[];
}

/** The run of lines naming columns, joining names wrapped over two lines ("分管" + "市领导"). */
export function findParagraphHeader(lines: string[]): Header | null {
  for (let i = 0; i < lines.length; i++) {
    const names: string[] = [];
    let j = i;
    while (j < lines.length) {
      const one = lines[j]?.trim() ?? '';
      const two = `${one}${lines[j + 1]?.trim() ?? ''}`;
      if (roleOfHeader(one)) {
        names.push(one);
        j += 1;
      } else if (!/[（(）)]/.test(one) && isListedHeader(two)) {
        // Only a listed name wraps onto the next line: "（共21项）" + "大类" is not "大类", and
        // "标题" + "大类" is not a column.
        names.push(two);
        j += 2;
      } else if (names.length > 0 && UNIT_OF_NAME.test(one)) {
        // "完成比例" + "（%）": the unit of the name above, wrapped.
        names[names.length - 1] = `${names[names.length - 1]}${one}`;
        j += 1;
      } else if (names.length >= 3 && OTHER_NAME.test(one) && isFirstNumber(lines[j + 1])) {
        // "是否达序", a column of no role, closing the header right before row 1.
        names.push(one);
        j += 1;
      } else break;
    }
    if (names.length >= 3 && names.some((n) => roleOfHeader(n) === 'task'))
      return { start: i, end: j, names };
  }
  return null;
}

/** Best cut of `lines` into consecutive (possibly empty) cells, one per role, by dynamic programming. */
function cutIntoCells(lines: string[], roles: (ColumnRole | null)[]): string[] {
  const m = lines.length;
  const n = roles.length;
  const score = (role: ColumnRole | null, from: number, to: number) =>
    from === to ? EMPTY_CELL : columnFit(role, lines.slice(from, to).join('\n'));
  // best[c][i]: best score placing lines[0..i) into the first c columns.
  const best = Array.from({ length: n + 1 }, () =>
    new Array<number>(m + 1).fill(Number.NEGATIVE_INFINITY),
  );
  const cut = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  (best[0] as number[])[0] = 0;
  for (let c = 1; c <= n; c++) {
    for (let i = 0; i <= m; i++) {
      for (let k = 0; k <= i; k++) {
        const value =
          (best[c - 1]?.[k] ?? Number.NEGATIVE_INFINITY) + score(roles[c - 1] ?? null, k, i);
        if (value > (best[c]?.[i] ?? Number.NEGATIVE_INFINITY)) {
          (best[c] as number[])[i] = value;
          (cut[c] as number[])[i] = k;
        }
      }
    }
  }
  const cells: string[] = new Array(n).fill('');
  let end = m;
  for (let c = n; c >= 1; c--) {
    const start = cut[c]?.[end] ?? 0;
    cells[c - 1] = lines.slice(start, end).join('\n');
    end = start;
  }
  return cells;
}

export function readParagraphText(text: string): Grid {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const header = findParagraphHeader(lines);
  if (!header) return { headingLines: [], rows: [] };
  // Every progress column fits progress text, though only the latest is the report.
  const roles = resolveRoles(header.names).map((role, i) =>
    role === null && roleOfHeader(header.names[i] ?? '') === 'progress' ? 'progress' : role,
  );
  const noAt = roles.indexOf('no');
  const rows: GridRow[] = [
    { cells: header.names.map((t) => ({ text: t })), missingBefore: 0, line: header.start + 1 },
  ];
  const body = lines
    .slice(header.end)
    .map((text, i) => ({ text: text.trim(), line: header.end + i + 1 }));
  // Row starts: lines holding only the next item number.
  const starts: number[] = [];
  let expected = 1;
  // A figure column's cell can hold the next number too ("2" done of "4"): a row starts only
  // where the line after the number fits the column after the number (the task).
  const afterNo = roles[noAt + 1] ?? null;
  const opensRow = (i: number) => {
    const next = body.slice(i + 1).find((l) => l.text)?.text ?? '';
    return afterNo === null || columnFit(afterNo, next) > 0;
  };
  body.forEach((l, i) => {
    const match = NUMBER_LINE.exec(l.text);
    if (match && (Number(match[1]) === expected || starts.length === 0) && opensRow(i)) {
      starts.push(i);
      expected = Number(match[1]) + 1;
    }
  });
  if (noAt < 0 || starts.length === 0)
    return { headingLines: lines.slice(0, header.start), rows: [] };
  // Cells before the number column (the category) sit just above the number line.
  let previousEnd = 0;
  starts.forEach((start, r) => {
    const next = starts[r + 1] ?? body.length;
    const before = body.slice(previousEnd, start).filter((l) => l.text);
    const after = body.slice(start + 1, next).filter((l) => l.text);
    if (noAt === 0) {
      // No column before the number: a group name ("一、教育") is a row of its own above its items.
      for (const heading of before.filter((l) => isGroupName(l.text)))
        rows.push({
          cells: roles.map((_, i) => ({ text: i === 0 ? heading.text : '' })),
          missingBefore: 0,
          line: heading.line,
        });
    }
    // Lines before this number that did not go to the previous row belong to the leading cells.
    const lead = cutIntoCells(
      before.map((l) => l.text),
      roles.slice(0, noAt),
    );
    const tailRoles = roles.slice(noAt + 1);
    // The next row's leading cells (its category) may end this chunk: keep them for it.
    const nextLeadLines =
      r + 1 < starts.length && noAt === 0
        ? trailingGroupNames(after.map((l) => l.text))
        : r + 1 < starts.length
          ? trailingLeadLines(
              after.map((l) => l.text),
              roles.slice(0, noAt),
            )
          : 0;
    const own = after.slice(0, after.length - nextLeadLines);
    // A row that lost its number: a second task line ("…（牵头单位：…）") inside the chunk.
    const taskStarts = [0, ...own.flatMap((l, i) => (i > 0 && TASK_LINE.test(l.text) ? [i] : []))];
    taskStarts.forEach((from, s) => {
      const part = own.slice(from, taskStarts[s + 1] ?? own.length);
      const tail = cutIntoCells(
        part.map((l) => l.text),
        tailRoles,
      );
      const leading = s === 0 ? lead : new Array<string>(noAt).fill('');
      rows.push({
        cells: [...leading, s === 0 ? (body[start]?.text ?? '') : '', ...tail].map((t) => ({
          text: t,
        })),
        missingBefore: 0,
        line: s === 0 ? (body[start]?.line ?? 0) : (part[0]?.line ?? 0),
      });
    });
    previousEnd = start + 1 + own.length;
  });
  return {
    headingLines: lines
      .slice(0, header.start)
      .map((l) => l.trim())
      .filter(Boolean),
    rows,
  };
}

const isGroupName = (line: string) => looksLikeCategoryHeading(line) && !/[0-9]/.test(line);

/** How many of a chunk's last lines name the next rows' group ("二、卫生"). */
function trailingGroupNames(lines: string[]): number {
  let k = 0;
  while (k < lines.length - 1 && isGroupName(lines[lines.length - 1 - k] ?? '')) k++;
  return k;
}

/** How many of a chunk's last lines are the next row's leading cells (a category heading). */
function trailingLeadLines(lines: string[], leadRoles: (ColumnRole | null)[]): number {
  if (leadRoles.length === 0) return 0;
  for (let k = Math.min(3, lines.length - 1); k >= 1; k--) {
    const candidate = lines.slice(lines.length - k).join('\n');
    if (columnFit(leadRoles[0] ?? null, candidate) >= 1) return k;
  }
  return 0;
}
