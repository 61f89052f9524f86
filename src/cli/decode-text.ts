/**
 * Bytes of a text table to a string. Government offices still save text as GB18030/GBK, so
 * UTF-8 is tried first (strictly) and GB18030 second; anything with NUL bytes is binary.
 */
import { InputError } from './input-error.ts';

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('文件为空', 'The file is empty');
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new InputError('这是二进制文件，不是文本表格', 'This is a binary file, not a text table');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new InputError(
        '无法识别文件编码（既不是UTF-8也不是GB18030）',
        'Unknown text encoding (neither UTF-8 nor GB18030)',
      );
    }
  }
}
