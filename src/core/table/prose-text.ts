/**
 * Reads a progress report written as prose: category headings ("一、教育"), numbered items
 * ("1. 新建公办幼儿园3-5所" or "（一）…") and paragraphs of progress under each. It becomes a
 * Grid with the columns 大类 / 序号 / 工作任务 / 进展情况, so the same reader judges it.
 */
import type { Grid, GridRow } from './grid.ts';

const CATEGORY = /^([一二三四五六七八九十]+)\s*[、.．]\s*(\S.{0,30})$/;
const ITEM =
  /^(?:([0-9０-９]{1,3}\*?)\s*[.、．)）]|[（(]([一二三四五六七八九十]{1,3}|[0-9]{1,3})[）)])\s*(\S.*)$/;

export const PROSE_HEADER = ['大类', '序号', '工作任务', '进展情况'];

/** A heading "1. 新建社区食堂30个：已完成18个" carries its own progress after the colon. */
function splitHeading(text: string): [string, string] {
  const colon = text.search(/[:：]/);
  if (colon > 4 && /已|完成|累计|截至|目前|现/.test(text.slice(colon + 1))) {
    return [text.slice(0, colon).trim(), text.slice(colon + 1).trim()];
  }
  return [text.trim(), ''];
}

export function readProseText(text: string): Grid {
  const headingLines: string[] = [];
  const rows: GridRow[] = [
    { cells: PROSE_HEADER.map((t) => ({ text: t })), missingBefore: 0, line: 1 },
  ];
  let category = '';
  let current: GridRow | null = null;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const line = raw.trim();
      if (!line) return;
      const item = ITEM.exec(line);
      const heading = CATEGORY.exec(line);
      if (item && /\p{Script=Han}/u.test(item[3] ?? '')) {
        const [task, progress] = splitHeading(item[3] ?? '');
        current = {
          cells: [
            { text: category },
            { text: item[1] ?? item[2] ?? '' },
            { text: task },
            { text: progress },
          ],
          missingBefore: 0,
          line: index + 1,
        };
        rows.push(current);
        category = '';
      } else if (heading && !/[0-9。，]/.test(heading[2] ?? '')) {
        category = line;
        current = null;
      } else if (current) {
        const cell = current.cells[3];
        if (cell) cell.text = cell.text ? `${cell.text}\n${line}` : line;
      } else if (rows.length === 1) {
        headingLines.push(line);
      }
    });
  return { headingLines, rows: rows.length > 1 ? rows : [] };
}
