/** Numerals as plans write them: Chinese (二十一, 两, 一百零五) and full-width digits. */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const PLACES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Value of a Chinese numeral ("二十一" → 21, "两" → 2, "一百零五" → 105); null when malformed
 * ("十四五" is a plan's name, not a number).
 */
export function parseChineseNumeral(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastPlace = Number.POSITIVE_INFINITY;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null;
      digit = d;
      continue;
    }
    const place = PLACES[ch];
    if (place === undefined || place >= lastPlace) return null;
    total += (digit ?? 1) * place;
    digit = null;
    lastPlace = place;
  }
  return total + (digit ?? 0);
}

/** Full-width digits and letters to ASCII, so one pattern reads both. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９．％]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
