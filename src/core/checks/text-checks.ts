/**
 * Checks on the wording of a cell: the slips that make an official table look careless and
 * that an office fixes before publishing. Each returns the offending snippet or null.
 */

/** "已完成完成": a phrase of two or more characters written twice in a row. */
const REPEATED = /(\p{Script=Han}{2,6})\1/u;
/** Doubled function words ("的的"), which are never intended. */
const DOUBLED_PARTICLE = /(的的|了了|和和|在在|是是|及及|与与)/;
/** Reduplications that are proper Chinese and must not be flagged. */
const PROPER_REPEATS =
  /(家家户户|方方面面|点点滴滴|实实在在|认认真真|扎扎实实|明明白白|清清楚楚|时时|天天|人人|处处|事事|年年|月月|常常|刚刚|渐渐|层层|步步|个个)/;

export function findRepeatedCharacters(text: string): string | null {
  const doubled = DOUBLED_PARTICLE.exec(text);
  if (doubled) return doubled[0];
  const match = REPEATED.exec(text.replace(PROPER_REPEATS, '·'));
  return match ? match[0] : null;
}

/**
 * 截至 marks a point in time ("截至9月底"), 截止 a deadline ("截止日期", "到9月底截止").
 * 截止 directly followed by a date or 目前 is the common misuse.
 */
const JIEZHI_MISUSE =
  /截止\s*(?:到|于)?\s*(?:[0-9０-９]|目前|今|本月|上月|当前|年底|[一二三四五六七八九十]+月)/;

export function findJiezhiMisuse(text: string): string | null {
  const match = JIEZHI_MISUSE.exec(text);
  return match ? match[0] : null;
}

const PAIRS: [string, string][] = [
  ['（', '）'],
  ['(', ')'],
  ['《', '》'],
  ['“', '”'],
  ['【', '】'],
  ['<', '>'],
];

/** The first bracket kind whose openings and closings do not match in order. */
export function findUnbalancedBracket(text: string): string | null {
  for (const [open, close] of PAIRS) {
    let depth = 0;
    for (const ch of text) {
      if (ch === open) depth++;
      else if (ch === close) depth--;
      if (depth < 0) return `${open}${close}`;
    }
    if (depth !== 0) return `${open}${close}`;
  }
  return null;
}

/** Half-width , ; : ( ) written between Chinese characters, in a text that also uses full-width. */
const HALF_IN_CHINESE = /[\p{Script=Han}“”《》][,;:()]|[,;:()][\p{Script=Han}“”《》]/u;
const FULL_WIDTH = /[，；：（）。、]/;

export function findMixedPunctuation(text: string): string | null {
  if (!FULL_WIDTH.test(text)) return null;
  const match = HALF_IN_CHINESE.exec(text);
  return match ? match[0] : null;
}
