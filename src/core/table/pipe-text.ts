/**
 * Reads a table written with pipes ("| 序号 | 项目 | 目标 |"), as tables pasted from web pages,
 * Markdown or some OA systems arrive. Separator lines ("|---|") are skipped; a line without a
 * pipe inside the table continues the last cell.
 */
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
  return { headingLines, rows };
}
