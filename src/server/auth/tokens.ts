/** Random tokens for sessions and CSRF; only a token's hash is stored. */
import { createHash, randomBytes } from 'node:crypto';

export const newToken = (): string => randomBytes(32).toString('base64url');

/** The stored id of a session token. */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** A password for a first administrator: 20 characters, ~120 bits. */
export const newPassword = (): string => randomBytes(15).toString('base64url');
