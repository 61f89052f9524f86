/** A refused attachment: a stable code and a one-line reason in Chinese and English. */
export type EvidenceErrorCode = 'name_invalid' | 'type_refused' | 'too_large' | 'image_unreadable';

export class EvidenceError extends Error {
  override readonly name = 'EvidenceError';

  constructor(
    readonly code: EvidenceErrorCode,
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}
