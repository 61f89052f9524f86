/**
 * Whether the words around a figure name a thing at all: "累计完成156.3公里", "竣工980户",
 * "分别在A区、B区、C区完成…共计36个" name none, so the figure is the actual of the one count
 * indicator of its unit (actuals.ts).
 */
import type { Mention } from './mentions.ts';
import { withoutTitles } from './normalize.ts';
import { DOING_WORDS, NAMELESS_WORDS, PLACE_LIST } from './rules.ts';
import { bigrams } from './similarity.ts';

/** Longer spans always name something; the cap also bounds the work on noise. */
const MAX_SPAN = 200;

/** The text with every figure blanked out, so that "200公里" leaves no "公里" to read as words. */
export function blankFigures(text: string, mentions: Mention[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const m of mentions) {
    parts.push(text.slice(at, m.start), ' '.repeat(m.end - m.start));
    at = m.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Offsets of the words that may name a figure: [from, start) before it, [end, to) after. */
export interface NamingSpan {
  from: number;
  start: number;
  end: number;
  to: number;
}

/**
 * The words before a figure (as far as its context goes) and after it in its clause name
 * nothing. The rest of the sentence says what comes next, not what the figure counts.
 */
export function isNameless(blank: string, span: NamingSpan): boolean {
  const { from, start, end, to } = span;
  if (start - from + to - end > MAX_SPAN) return false;
  return namesNothing(withoutTitles(`${blank.slice(from, start)} ${blank.slice(end, to)}`));
}

/** The words of a span, figures blanked, are only NAMELESS_WORDS and places. */
function namesNothing(context: string): boolean {
  const left = context
    .replace(PLACE_LIST, ' ')
    .replace(NAMELESS_WORDS, ' ')
    .replace(DOING_WORDS, ' ');
  for (const gram of bigrams(left)) if (gram.length > 1) return false;
  return true;
}
