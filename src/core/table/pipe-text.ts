/**
 * Reads a table written with pipes ("| 序号 | 项目 | 目标 |"), as tables pasted from web pages,
 * Markdown or some OA systems arrive. Separator lines ("|---|") are skipped; a line without a
 * pipe inside the table continues the last cell.
 */
import type { Warning } from '../model.ts';
import type { Grid, GridRow } from './grid.ts';

const SEPARATOR = /^[\s|:：\-—–=+]+$/;

export function isPipeLine(line: string): boolean {
  return (line.match(/[|｜]/g)?.length ?? 0) >= 2;
}

function cellsOf(line: string): string[] {
  const parts = line.split(/[|｜]/);
  // Border pipes leave an empty first and last part: they are not cells.
  if (/^\s*[|｜]/.test(line)) parts.shift();
  if (/[|｜]\s*$/.test(line)) parts.pop();
  return parts.map((p) => p.trim());
}

export function readPipeText(text: string): Grid {
  const headingLines: string[] = [];
  const rows: GridRow[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      if (isPipeLine(raw)) {
        if (!SEPARATOR.test(raw)) {
          rows.push({
            cells: cellsOf(raw).map((t) => ({ text: t })),
            missingBefore: null,
            line: index + 1,
          });
        }
        return;
      }
      const line = raw.trim();
      if (!line) return;
      const last = rows.at(-1)?.cells.at(-1);
      if (last) last.text = last.text ? `${last.text}\n${line}` : line;
      else headingLines.push(line);
    });
  return { headingLines, rows, repairs: cutOffLastRow(rows) };
}

/**
 * "| 4 | 新建城市书房(个) | 8 | ": a last row that starts as rows do, with its number, but stops
 * short of the others was cut off when copied (a row that lost its leading cells starts with
 * text instead). Its cells are read in order from the first column, and the user is told.
 */
function cutOffLastRow(rows: GridRow[]): Warning[] {
  const last = rows.at(-1);
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  if (!last || rows.length < 3 || last.cells.length >= width) return [];
  if (!/^[0-9]{1,3}\*?$/.test(last.cells[0]?.text ?? '')) return [];
  last.cutOff = true;
  return [
    {
      code: 'row_cut_off',
      item: null,
      message: `第${last.line}行在行中被截断，只读取了已有的单元格`,
      messageEn: `The row at line ${last.line} is cut off mid-row; only the cells present were read`,
    },
  ];
}
