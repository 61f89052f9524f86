/**
 * What an uploaded attachment is, judged from its bytes: a photo (JPEG, PNG, WebP), a PDF, or a
 * Word/Excel package. The name must be a plain file name with an accepted extension, and the
 * content must be what the extension says: a script renamed .jpg is refused, not stored. Office
 * packages go through the importer's zip defences (declared sizes, inflate budget, no XML
 * entities) before anything else looks inside them.
 */
import { fileTypeFromBuffer } from 'file-type';
import { LIMITS } from '../import/limits.ts';
import { openPackage } from '../import/open-package.ts';
import { isZip } from '../import/zip-directory.ts';
import { EvidenceError } from './evidence-error.ts';

export type EvidenceKind = 'photo' | 'pdf' | 'word' | 'excel';

export interface EvidenceType {
  kind: EvidenceKind;
  mediaType: string;
}

const BY_EXTENSION: Record<string, EvidenceType> = {
  jpg: { kind: 'photo', mediaType: 'image/jpeg' },
  jpeg: { kind: 'photo', mediaType: 'image/jpeg' },
  png: { kind: 'photo', mediaType: 'image/png' },
  webp: { kind: 'photo', mediaType: 'image/webp' },
  pdf: { kind: 'pdf', mediaType: 'application/pdf' },
  docx: {
    kind: 'word',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: {
    kind: 'excel',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
};

/** The part an Office package of each kind must hold. */
const MAIN_PART: Partial<Record<EvidenceKind, { part: string; label: string }>> = {
  word: { part: 'word/document.xml', label: 'Word' },
  excel: { part: 'xl/workbook.xml', label: 'Excel' },
};

const MB = 1024 * 1024;
export const EVIDENCE_LIMIT = LIMITS.inputBytes;
const ACCEPTED = '照片（JPG、PNG、WebP）、PDF、Word（.docx）或 Excel（.xlsx）';
const ACCEPTED_EN = 'photos (JPG, PNG, WebP), PDF, Word (.docx) or Excel (.xlsx)';

const refuseType = (detail: string, detailEn: string) =>
  new EvidenceError(
    'type_refused',
    `${detail}；附件只接受${ACCEPTED}。`,
    `${detailEn}; attachments must be ${ACCEPTED_EN}.`,
  );

/** Refuses a name that is a path, hides control characters, or is too long. */
export function checkFileName(name: string): string {
  const trimmed = name.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  const bad = /[/\\\u0000-\u001f\u007f]/.test(trimmed) || /^\.+$/.test(trimmed);
  if (!trimmed || bad || trimmed.length > 200)
    throw new EvidenceError(
      'name_invalid',
      '附件文件名不能包含路径（/ 或 \\）或控制字符，且不超过200个字符。',
      'An attachment name may not contain a path (/ or \\) or control characters, and has at most 200 characters.',
    );
  return trimmed;
}

async function officeType(bytes: Buffer, expected: EvidenceType): Promise<void> {
  const main = MAIN_PART[expected.kind];
  if (!main) throw refuseType('文件内容是压缩包，与扩展名不符', 'The content is a zip archive');
  // Inflating every entry under the budget is what proves the package is no bomb.
  const parts = await openPackage(bytes, { kind: main.label, inflate: () => true });
  if (!parts.has(main.part))
    throw refuseType(
      `文件不是有效的 ${main.label} 文档`,
      `The file is not a valid ${main.label} document`,
    );
}

/** The attachment's type, or an EvidenceError (or the importer's DocumentError) saying why not. */
export async function inspectEvidence(bytes: Buffer, fileName: string): Promise<EvidenceType> {
  checkFileName(fileName);
  if (bytes.length > EVIDENCE_LIMIT)
    throw new EvidenceError(
      'too_large',
      `附件超过${EVIDENCE_LIMIT / MB} MB，未保存。`,
      `The attachment is larger than ${EVIDENCE_LIMIT / MB} MB and was not stored.`,
    );
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  const expected = BY_EXTENSION[extension];
  if (!expected) throw refuseType(`不接受扩展名“.${extension}”`, `".${extension}" is not accepted`);
  if (isZip(bytes)) {
    await officeType(bytes, expected);
    return expected;
  }
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || detected.mime !== expected.mediaType)
    throw refuseType(
      `文件内容${detected ? `是 ${detected.ext}` : '无法识别'}，与扩展名“.${extension}”不符`,
      `The content ${detected ? `is ${detected.ext}` : 'is not recognised'} and does not match ".${extension}"`,
    );
  return expected;
}
