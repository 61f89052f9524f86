/**
 * Sentence and clause boundaries of a text, as offsets. A sentence ends at 。；! ? a line break or
 * a point marker "（2）"; a clause also ends at a comma or a colon.
 */

import { execAll } from './scan.ts';

// A half-width full stop between words ends a sentence too ("按序时推进.已培训820人次."), never
// one between digits (a decimal point).
const SENTENCE_BREAK = /[。；;！!？?\n]|[(（]\d{1,2}[)）]|(?<![0-9])[.．](?![0-9])/g;
const CLAUSE_BREAK = /[，,：:]/g;

export interface Segments {
  text: string;
  /** 1 where a sentence ends (the break character itself), 2 where only a clause ends. */
  breaks: Uint8Array;
}

export function segmentText(text: string): Segments {
  const breaks = new Uint8Array(text.length);
  for (const m of execAll(CLAUSE_BREAK, text)) breaks[m.index] = 2;
  for (const m of execAll(SENTENCE_BREAK, text)) breaks.fill(1, m.index, m.index + m[0].length);
  return { text, breaks };
}

/** First offset of the sentence (level 1) or clause (level 2) holding `pos`. */
export function segmentStart(seg: Segments, pos: number, level: 1 | 2): number {
  let i = pos - 1;
  while (i >= 0) {
    const b = seg.breaks[i] as number;
    if (b !== 0 && b <= level) break;
    i--;
  }
  return i + 1;
}

/** Offset just past the sentence (level 1) or clause (level 2) holding `pos`. */
export function segmentEnd(seg: Segments, pos: number, level: 1 | 2): number {
  let i = pos;
  while (i < seg.text.length) {
    const b = seg.breaks[i] as number;
    if (b !== 0 && b <= level) break;
    i++;
  }
  return i;
}
