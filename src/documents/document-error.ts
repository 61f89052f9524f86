/**
 * The one error the document converters throw: a code callers can map (to an HTTP status, a CLI
 * exit code), a Chinese message for the user and its English twin, each one line.
 */
export type DocumentErrorCode =
  | 'unsupported_format'
  | 'file_too_large'
  | 'corrupt_file'
  | 'encrypted_file'
  | 'legacy_office_file'
  | 'zip_bomb'
  | 'xml_entities'
  | 'too_many_rows'
  | 'no_table'
  | 'not_a_table';

export class DocumentError extends Error {
  override readonly name = 'DocumentError';
  readonly code: DocumentErrorCode;
  readonly messageEn: string;

  constructor(code: DocumentErrorCode, message: string, messageEn: string) {
    super(message);
    this.code = code;
    this.messageEn = messageEn;
  }
}
