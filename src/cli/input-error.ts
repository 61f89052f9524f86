/** An input the CLI refuses, with a one-line reason in Chinese and English (exit code 1). */
export class InputError extends Error {
  readonly messageEn: string;
  constructor(message: string, messageEn: string) {
    super(message);
    this.name = 'InputError';
    this.messageEn = messageEn;
  }
}
