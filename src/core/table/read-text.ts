/**
 * Any text table to a Grid, by the shape the text has: a flattened Word table (cells start
 * with TAB), a pipe table, a table flattened one cell per paragraph (no TABs), or a prose
 * report of numbered items. The shape is read from the
 * text itself, never from a file name.
 */
import { cleanText } from './clean-text.ts';
import { findDelimitedHeader, readDelimitedText } from './delimited-text.ts';
import { readFlatText } from './flat-text.ts';
import type { Grid } from './grid.ts';
import { refuseBeforeReading, refuseWithoutItems } from './not-a-report.ts';
import { findParagraphHeader, readParagraphText } from './paragraph-text.ts';
import { isPipeLine, readPipeText } from './pipe-text.ts';
import { readProseText } from './prose-text.ts';

export type TextShape = 'flat' | 'pipe' | 'delimited' | 'paragraph' | 'prose';

/** "1\t新建农村公路(公里)\t120": a TAB between cells of a line, not a TAB opening a cell. */
const INNER_TAB = /^[^\t\s][^\t]*\t/;

export function textShape(text: string): TextShape {
  const lines = text.split(/\r\n|\r|\n/);
  const tabbed = lines.filter((l) => /^[ \u3000]*\t/.test(l)).length;
  const innerTabs = lines.filter((l) => INNER_TAB.test(l)).length;
  const piped = lines.filter(isPipeLine).length;
  if (innerTabs >= 2 && innerTabs > tabbed && findDelimitedHeader(lines)) return 'delimited';
  if (tabbed >= 2 && tabbed >= piped) return 'flat';
  if (piped >= 2) return 'pipe';
  if (tabbed > 0) return 'flat';
  if (findParagraphHeader(lines)) return 'paragraph';
  return findDelimitedHeader(lines) ? 'delimited' : 'prose';
}

/**
 * A web table copied one cell a line, each line closed by a pipe ("序号 |", "新建农贸市场 |"): the
 * pipes are the cells' borders; without them it is a table flattened one cell per paragraph.
 */
function withoutLinePipes(text: string): string {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim());
  const closed = lines.filter((l) => /^[^|｜]*[|｜]\s*$/.test(l)).length;
  if (lines.length < 4 || closed < lines.length * 0.6) return text;
  return text.replace(/[ \t]*[|｜][ \t]*$/gm, '');
}

function readShape(text: string): Grid {
  switch (textShape(text)) {
    case 'flat':
      return readFlatText(text);
    case 'pipe':
      return readPipeText(text);
    case 'delimited':
      return readDelimitedText(text);
    case 'paragraph':
      return readParagraphText(text);
    case 'prose':
      return readProseText(text);
  }
}

/** The text as copied, repaired first (cleanText), then read by its shape. */
export function readTextTable(raw: string): Grid {
  const { text, repairs } = cleanText(raw);
  refuseBeforeReading(text);
  const grid = readShape(withoutLinePipes(text));
  if (grid.rows.length === 0 && text.trim() !== '') refuseWithoutItems(text);
  return { ...grid, repairs: [...repairs, ...(grid.repairs ?? [])] };
}
