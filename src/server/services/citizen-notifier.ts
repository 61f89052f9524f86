/**
 * Telling a citizen that their comment arrived and that it was answered, by SMS or e-mail to the
 * contact they left. An interface, so a deployment plugs in its SMS gateway or mail server; the
 * implementation here only logs, with the contact masked: a log is no place for personal data.
 */
import type { Lang } from '../../core/labels.ts';

export interface CitizenMessage {
  /** The phone number or e-mail address, opened from its seal just for sending. */
  contact: string;
  trackingNumber: string;
  lang: Lang;
}

/** Implementations log and retry their own failures: a lost message never undoes a comment. */
export interface CitizenNotifier {
  commentReceived(message: CitizenMessage): Promise<void>;
  commentAnswered(message: CitizenMessage): Promise<void>;
}

/**
 * Sends without letting a failure reach the citizen's request: the comment or the answer is
 * stored and committed already, and the tracking number still works.
 */
export const sendQuietly = (sending: Promise<void>): Promise<void> =>
  sending.catch(() => undefined);

/** 138****5678, a***@example.cn: enough to tell messages apart in a log, not to reach anyone. */
export function maskContact(contact: string): string {
  const at = contact.indexOf('@');
  if (at > 0) return `${contact[0]}***${contact.slice(at)}`;
  const digits = contact.replace(/\D/g, '');
  return digits.length > 7 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : '****';
}

/** A notifier that writes one line per message to `log`. */
export function loggingNotifier(log: (line: string) => void): CitizenNotifier {
  const line = (event: string, m: CitizenMessage) =>
    log(`citizen notice ${event} ${m.trackingNumber} to ${maskContact(m.contact)} (${m.lang})`);
  return {
    commentReceived: async (m) => line('comment.received', m),
    commentAnswered: async (m) => line('comment.answered', m),
  };
}
