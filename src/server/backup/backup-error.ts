/** A backup or restore refused, with the reason in Chinese and English. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
  readonly messageEn: string;

  constructor(message: string, messageEn: string) {
    super(message);
    this.messageEn = messageEn;
  }
}
