/**
 * One entry for uploads: detects the format from the bytes and hands them to its importer.
 * JSON is Minsheng's plan document, not a table, and is refused here for the plan importer.
 */

import type { Grid } from '../../core/table/grid.ts';
import { readTextTable } from '../../core/table/read-text.ts';
import { importCsv } from './csv.ts';
import { decodeText } from './decode-text.ts';
import { detectFormat } from './detect.ts';
import { importDocx } from './docx.ts';
import { isEncryptedOoxml, isOle } from './ole.ts';
import { assertInputSize, refuse } from './refusals.ts';
import { importXlsx } from './xlsx.ts';

export async function importGrid(bytes: Buffer): Promise<Grid> {
  assertInputSize(bytes);
  const format = detectFormat(bytes);
  switch (format) {
    case 'xlsx':
      return importXlsx(bytes);
    case 'docx':
      return importDocx(bytes);
    case 'csv':
      return importCsv(bytes);
    case 'text':
      return readTextTable(decodeText(bytes) ?? '');
    case 'json':
      throw refuse.notATable();
    case 'unknown':
      if (isOle(bytes)) throw isEncryptedOoxml(bytes) ? refuse.encrypted() : refuse.legacy();
      throw refuse.unsupported();
    default: {
      const unreachable: never = format;
      throw new Error(`unhandled format ${unreachable}`);
    }
  }
}
