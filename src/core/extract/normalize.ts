/**
 * Text normalisation for extraction. Every function here keeps the length of its input, so an
 * offset found in the normalised text points at the same characters of the printed text.
 */

/** Full-width ASCII (！ to ～) maps to ASCII; the ideographic space to a space. */
export function normalizeText(text: string): string {
  return text.replace(FULL_WIDTH, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

/** Blanks 《》 titles, which name documents, not things done: "已印发《…2021-2025年…》". */
export function withoutTitles(text: string): string {
  return text.replace(TITLE, (title) => ' '.repeat(title.length));
}

const TITLE = /《[^》]*》/g;

/** Opening mark → closing mark, by char code (indexing a string by character allocates). */
const CLOSERS = new Map<number, number>(
  [
    ['《', '》'],
    ['“', '”'],
    ['‘', '’'],
    ['"', '"'],
    ['<', '>'],
  ].map(([open, close]) => [(open as string).charCodeAt(0), (close as string).charCodeAt(0)]),
);
const FULL_STOP = '。'.charCodeAt(0);
const NEWLINE = 10;

/**
 * Marks characters inside 《》 titles and quotation marks: a number there names a document or a
 * slogan ("《…“每千人6批次”工作实施方案》", "“四个最严”"), never a target or an actual. A quote
 * that does not close within its sentence marks nothing.
 */
export function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let i = 0;
  while (i < text.length) {
    const closer = CLOSERS.get(text.charCodeAt(i));
    if (closer !== undefined) {
      const end = findCloser(text, i + 1, closer);
      if (end > 0) {
        mask.fill(1, i, end + 1);
        i = end + 1;
        continue;
      }
    }
    i++;
  }
  return mask;
}

function findCloser(text: string, from: number, closer: number): number {
  for (let j = from; j < text.length && j < from + 200; j++) {
    const ch = text.charCodeAt(j);
    if (ch === closer) return j;
    if (ch === FULL_STOP || ch === NEWLINE) return -1;
  }
  return -1;
}

/** Replaces the lead-unit note "（牵头单位：市卫生健康局）" by a sentence end of the same length. */
export function blankUnitNotes(text: string): string {
  return text.replace(/[(（][^()（）]*?(?:牵头|责任|配合)单位[^()（）]*[)）]/g, (m) =>
    '。'.repeat(m.length),
  );
}
