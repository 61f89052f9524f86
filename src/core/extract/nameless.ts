/**
 * Whether the words around a figure name a thing at all: "累计完成156.3公里", "竣工980户",
 * "分别在A区、B区、C区完成…共计36个" name none, so the figure is the actual of the one count
 * indicator of its unit (actuals.ts).
 */
import { NAMELESS_WORDS, PLACE_LIST } from './rules.ts';
import { bigrams } from './similarity.ts';

/** Longer contexts, titles removed, always name something. */
const MAX_CONTEXT = 80;

export function namesNothing(context: string): boolean {
  if (context.length > MAX_CONTEXT) return false;
  const left = context.replace(PLACE_LIST, ' ').replace(NAMELESS_WORDS, ' ');
  for (const gram of bigrams(left)) if (gram.length > 1) return false;
  return true;
}
