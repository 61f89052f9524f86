/**
 * Any text table to a Grid, by the shape the text has: a flattened Word table (cells start
 * with TAB), a pipe table, a table flattened one cell per paragraph (no TABs), or a prose
 * report of numbered items. The shape is read from the
 * text itself, never from a file name.
 */
import { cleanText } from './clean-text.ts';
import { readFlatText } from './flat-text.ts';
import type { Grid } from './grid.ts';
import { findParagraphHeader, readParagraphText } from './paragraph-text.ts';
import { isPipeLine, readPipeText } from './pipe-text.ts';
import { readProseText } from './prose-text.ts';

export type TextShape = 'flat' | 'pipe' | 'paragraph' | 'prose';

export function textShape(text: string): TextShape {
  const lines = text.split(/\r\n|\r|\n/);
  const tabbed = lines.filter((l) => /^[ \u3000]*\t/.test(l)).length;
  const piped = lines.filter(isPipeLine).length;
  if (tabbed >= 2 && tabbed >= piped) return 'flat';
  if (piped >= 2) return 'pipe';
  if (tabbed > 0) return 'flat';
  return findParagraphHeader(lines) ? 'paragraph' : 'prose';
}

function readShape(text: string): Grid {
  switch (textShape(text)) {
    case 'flat':
      return readFlatText(text);
    case 'pipe':
      return readPipeText(text);
    case 'paragraph':
      return readParagraphText(text);
    case 'prose':
      return readProseText(text);
  }
}

/** The text as copied, repaired first (cleanText), then read by its shape. */
export function readTextTable(raw: string): Grid {
  const { text, repairs } = cleanText(raw);
  const grid = readShape(text);
  return { ...grid, repairs: [...repairs, ...(grid.repairs ?? [])] };
}
