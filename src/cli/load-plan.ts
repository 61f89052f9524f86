/** Reads a table file of any supported kind into a plan reading. */
import { readFile } from 'node:fs/promises';
import { TableError } from '../core/errors.ts';
import type { PlanReading } from '../core/model.ts';
import { readPlanText } from '../core/read-plan.ts';
import { decodeText } from './decode-text.ts';
import { InputError } from './input-error.ts';

const MAX_BYTES = 50 * 1024 * 1024;

export async function loadPlan(path: string, fallbackYear?: number): Promise<PlanReading> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(`无法读取文件 ${path}（${code}）`, `Cannot read ${path} (${code})`);
  }
  if (bytes.length > MAX_BYTES) {
    throw new InputError(
      '文件超过50 MB，不像是进展情况表',
      'The file is over 50 MB; not a progress table',
    );
  }
  try {
    return readPlanText(decodeText(bytes), fallbackYear ? { fallbackYear } : {});
  } catch (error) {
    if (error instanceof TableError) throw new InputError(error.message, error.messageEn);
    throw error;
  }
}
