/**
 * Bytes to text for CSV and flattened tables. Chinese offices save "CSV" from Excel in GBK and
 * "Unicode text" in UTF-16LE, so UTF-8 is tried first, then the BOM-marked UTF-16s, then
 * GB18030 (a superset of GBK). Bytes that are none of these, or hold control characters, are
 * binary: null.
 */
/** A control character other than TAB, LF, CR and FF: text files do not hold them. */
const CONTROL = /[^\P{Cc}\t\n\r\f]/u;

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function encodingOf(bytes: Buffer): string[] {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return ['utf-16le'];
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return ['utf-16be'];
  return ['utf-8', 'gb18030'];
}

/** The text, without a BOM, or null when the bytes are not text. */
export function decodeText(bytes: Buffer): string | null {
  for (const encoding of encodingOf(bytes)) {
    const text = decodeStrict(bytes, encoding);
    if (text !== null) return CONTROL.test(text) ? null : text;
  }
  return null;
}
