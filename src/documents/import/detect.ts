/**
 * What a file is, from its bytes rather than its name (users rename .xls to .xlsx, WeChat strips
 * extensions): an OOXML zip is told apart by its parts, text by whether it parses as JSON or as
 * a regular CSV table; anything else, including OLE files, is unknown.
 */
import { detectDelimiter, parseCsv } from './csv-parse.ts';
import { decodeText } from './decode-text.ts';
import { isZip, readZipDirectory } from './zip-directory.ts';

export type DocumentFormat = 'xlsx' | 'docx' | 'csv' | 'text' | 'json' | 'unknown';

function zipFormat(bytes: Buffer): DocumentFormat {
  try {
    const names = readZipDirectory(bytes).map((entry) => entry.name);
    if (!names.includes('[Content_Types].xml')) return 'unknown';
    if (names.some((name) => name.startsWith('word/'))) return 'docx';
    if (names.some((name) => name.startsWith('xl/'))) return 'xlsx';
  } catch {
    // A damaged zip is not worth a guess.
  }
  return 'unknown';
}

function isJson(text: string): boolean {
  if (!/^\s*[{[]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * CSV when most records have the same number (≥ 2) of fields. A flattened Word table (the seed)
 * is not: its cells start lines with a TAB and its continuation lines have one field.
 */
export function looksLikeCsv(text: string): boolean {
  const sample = text.slice(0, 64 * 1024);
  const all = parseCsv(sample, detectDelimiter(sample), 200).slice(0, -1); // last may be cut
  // Title lines above the header ("附件4", the title, "（共21项）") are one-field records.
  const firstWide = all.findIndex((record) => record.fields.length > 1);
  const records = firstWide < 0 ? [] : all.slice(firstWide);
  if (records.length < 2) return false;
  const counts = new Map<number, number>();
  for (const record of records)
    counts.set(record.fields.length, (counts.get(record.fields.length) ?? 0) + 1);
  const [width, count] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  const leadingEmpty = records.filter(
    (record) => record.fields.length > 1 && record.fields[0] === '',
  ).length;
  return width >= 2 && count / records.length >= 0.8 && leadingEmpty < records.length / 2;
}

export function detectFormat(bytes: Buffer): DocumentFormat {
  if (isZip(bytes)) return zipFormat(bytes);
  const text = decodeText(bytes);
  if (text === null) return 'unknown';
  const body = text.replace(/^\uFEFF/, '');
  if (isJson(body)) return 'json';
  return looksLikeCsv(body) ? 'csv' : 'text';
}
