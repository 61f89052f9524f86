/**
 * An uploaded file → a plan reading, through the document converters (format detected from the
 * bytes) and core's reader. Their refusals become AppErrors with the converters' own zh/en words.
 */
import { TableError } from '../../core/errors.ts';
import type { PlanReading } from '../../core/model.ts';
import { readPlan } from '../../core/read-plan.ts';
import { DocumentError, type DocumentErrorCode } from '../../documents/document-error.ts';
import { importGrid } from '../../documents/import/import-grid.ts';
import { AppError, type AppErrorCode } from '../errors.ts';

const CODE: Record<DocumentErrorCode, AppErrorCode> = {
  file_too_large: 'file_too_large',
  unsupported_format: 'unsupported_format',
  legacy_office_file: 'unsupported_format',
  encrypted_file: 'unsupported_format',
  corrupt_file: 'not_a_table',
  zip_bomb: 'not_a_table',
  xml_entities: 'not_a_table',
  too_many_rows: 'not_a_table',
  no_table: 'not_a_table',
  not_a_table: 'not_a_table',
};

export async function readUpload(bytes: Buffer, fallbackYear?: number): Promise<PlanReading> {
  try {
    const reading = readPlan(await importGrid(bytes), fallbackYear ? { fallbackYear } : {});
    if (reading.items.length === 0)
      throw new AppError('not_a_table', {
        message: '文件中没有找到任何事项',
        messageEn: 'No items were found in the file',
      });
    return reading;
  } catch (error) {
    if (error instanceof DocumentError) {
      throw new AppError(CODE[error.code], { message: error.message, messageEn: error.messageEn });
    }
    if (error instanceof TableError)
      throw new AppError('not_a_table', { message: error.message, messageEn: error.messageEn });
    throw error;
  }
}
