/** An input Minsheng cannot read, with the reason in Chinese and English and where it is. */
export class TableError extends Error {
  readonly code: string;
  readonly messageEn: string;
  readonly line: number | null;

  constructor(options: { code: string; message: string; messageEn: string; line?: number | null }) {
    const at = options.line ? `（第${options.line}行）` : '';
    super(`${options.message}${at}`);
    this.name = 'TableError';
    this.code = options.code;
    this.messageEn = options.line
      ? `${options.messageEn} (line ${options.line})`
      : options.messageEn;
    this.line = options.line ?? null;
  }
}
