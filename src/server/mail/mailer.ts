/**
 * Sending reminders: e-mail through the SMTP server the settings name (nodemailer), and SMS
 * behind an interface whose default only logs, until a jurisdiction plugs in its SMS gateway.
 */
import nodemailer from 'nodemailer';
import type { Settings } from '../settings/registry.ts';

export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  /** A stable Message-ID, so a mail client can tell a resend after a crash from a new message. */
  messageId: string;
}

export interface MailSender {
  send: (mail: OutgoingMail) => Promise<void>;
  close: () => void;
}

export interface SmsSender {
  send: (message: { to: string[]; text: string }) => Promise<void>;
}

/** An SMTP sender from the mail settings, or null when no host is set (e-mail is off). */
export function smtpMailer(settings: Settings): MailSender | null {
  const host = settings['mail.host'];
  if (!host) return null;
  const tls = settings['mail.tls'];
  const user = settings['mail.user'];
  const transport = nodemailer.createTransport({
    host,
    port: settings['mail.port'],
    secure: tls === 'implicit',
    requireTLS: tls === 'starttls',
    ignoreTLS: tls === 'none',
    ...(user ? { auth: { user, pass: settings['mail.password'] ?? '' } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  const from = settings['mail.from'] ?? (user || `minsheng@${host}`);
  return {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
      });
    },
    close: () => transport.close(),
  };
}

/** SMS that writes each message to the log instead of a gateway. */
export const loggingSms = (log: (line: string) => void): SmsSender => ({
  async send(message) {
    log(`SMS → ${message.to.length} recipient(s): ${message.text.slice(0, 70)}`);
  },
});
