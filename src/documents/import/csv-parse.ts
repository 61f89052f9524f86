/**
 * RFC 4180 records: fields separated by the delimiter, quoted fields may hold delimiters, quotes
 * ("" for one) and line breaks. Hand-written because the packages we depend on offer no synchronous
 * string parser (exceljs's CSV reader needs a stream and converts numbers and dates).
 */
export type Delimiter = ',' | '\t' | ';';

/** The delimiter appearing most often outside quotes in the first lines; comma when none. */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024).replace(/"(?:[^"]|"")*"/g, '');
  const counts = ([',', '\t', ';'] as const).map((d) => [d, sample.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

export interface CsvRecord {
  fields: string[];
  /** 1-based line the record starts on. */
  line: number;
}

export function parseCsv(
  text: string,
  delimiter: Delimiter,
  maxRecords = Number.POSITIVE_INFINITY,
): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    fields.push(field);
    records.push({ fields, line: recordLine });
    fields = [];
    field = '';
    recordLine = line;
  };
  for (let i = 0; i < text.length && records.length < maxRecords; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRecord();
    } else {
      field += char;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
