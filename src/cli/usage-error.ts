/**
 * Wrong use of the command line (exit code 2): the reason in Chinese and English; the command's
 * usage is printed after it by main.ts.
 */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly messageEn: string;
  constructor(message: string, messageEn: string) {
    super(message);
    this.messageEn = messageEn;
  }
}
