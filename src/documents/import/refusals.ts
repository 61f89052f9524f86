/** The DocumentErrors every importer may throw, worded once in Chinese and English. */
import { DocumentError } from '../document-error.ts';
import { LIMITS } from './limits.ts';

const MB = 1024 * 1024;

export const refuse = {
  tooLarge: () =>
    new DocumentError(
      'file_too_large',
      `文件超过${LIMITS.inputBytes / MB} MB，无法导入。`,
      `The file is larger than ${LIMITS.inputBytes / MB} MB and cannot be imported.`,
    ),
  zipBomb: () =>
    new DocumentError(
      'zip_bomb',
      `文件解压后超过${LIMITS.inflatedBytes / MB} MB 或包含过多条目，已拒绝（疑似压缩炸弹）。`,
      `The file inflates to more than ${LIMITS.inflatedBytes / MB} MB or holds too many entries; refused as a possible zip bomb.`,
    ),
  xmlEntities: () =>
    new DocumentError(
      'xml_entities',
      '文件中的 XML 含有 DOCTYPE 或实体声明，出于安全原因已拒绝。',
      'The XML in the file declares a DOCTYPE or entities; refused for security.',
    ),
  encrypted: () =>
    new DocumentError(
      'encrypted_file',
      '文件设有密码保护，请取消密码后另存为 .docx 或 .xlsx 再导入。',
      'The file is password-protected; remove the password, save it as .docx or .xlsx, and import again.',
    ),
  legacy: () =>
    new DocumentError(
      'legacy_office_file',
      '不支持旧版 .doc/.xls 格式，请在 Office 或 WPS 中另存为 .docx 或 .xlsx 再导入。',
      'Legacy .doc/.xls files are not supported; save the file as .docx or .xlsx and import again.',
    ),
  corrupt: (kind: string) =>
    new DocumentError(
      'corrupt_file',
      `文件已损坏或不是有效的 ${kind} 文件。`,
      `The file is damaged or is not a valid ${kind} file.`,
    ),
  tooManyRows: () =>
    new DocumentError(
      'too_many_rows',
      `表格超过${LIMITS.rows}行或${LIMITS.cells}个单元格，无法导入。`,
      `The table has more than ${LIMITS.rows} rows or ${LIMITS.cells} cells and cannot be imported.`,
    ),
  noTable: (kind: string) =>
    new DocumentError(
      'no_table',
      `${kind} 文件中没有找到表格。`,
      `No table was found in the ${kind} file.`,
    ),
  unsupported: () =>
    new DocumentError(
      'unsupported_format',
      '无法识别的文件格式，请上传 .docx、.xlsx、CSV 或文本文件。',
      'Unrecognised file format; upload a .docx, .xlsx, CSV or text file.',
    ),
  notATable: () =>
    new DocumentError(
      'not_a_table',
      'JSON 文件是计划数据而不是表格，请使用计划导入。',
      'A JSON file holds plan data, not a table; import it as a plan.',
    ),
};

/** Refuses input over the size limit before any work is spent on it. */
export function assertInputSize(bytes: Uint8Array): void {
  if (bytes.length > LIMITS.inputBytes) throw refuse.tooLarge();
}
