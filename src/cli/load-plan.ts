/** Reads a table file of any supported kind (detected from its bytes) into a plan reading. */
import { readFile } from 'node:fs/promises';
import { TableError } from '../core/errors.ts';
import type { PlanReading } from '../core/model.ts';
import { readPlan } from '../core/read-plan.ts';
import { readPlanDocument } from '../core/read-plan-document.ts';
import { DocumentError } from '../documents/document-error.ts';
import { decodeText } from '../documents/import/decode-text.ts';
import { detectFormat } from '../documents/import/detect.ts';
import { importGrid } from '../documents/import/import-grid.ts';
import { InputError } from './input-error.ts';

/** Reads bytes already in memory: a table (.txt/.docx/.xlsx/.csv) or Minsheng's JSON. */
export async function readPlanBytes(bytes: Buffer, fallbackYear?: number): Promise<PlanReading> {
  try {
    if (bytes.length === 0) throw new InputError('文件为空', 'The file is empty');
    if (detectFormat(bytes) === 'json')
      return readPlanDocument(JSON.parse(decodeText(bytes) ?? ''));
    return readPlan(await importGrid(bytes), fallbackYear ? { fallbackYear } : {});
  } catch (error) {
    if (error instanceof TableError || error instanceof DocumentError) {
      throw new InputError(error.message, error.messageEn);
    }
    throw error;
  }
}

export async function loadPlan(path: string, fallbackYear?: number): Promise<PlanReading> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(`无法读取文件 ${path}（${code}）`, `Cannot read ${path} (${code})`);
  }
  return readPlanBytes(bytes, fallbackYear);
}
