/**
 * Tracking numbers a citizen keeps to come back to a comment or a proposal: a letter for the
 * kind, the year, and eight characters of Crockford's base 32 (no I, L, O, U: nothing to misread
 * when copied from paper or read over the phone). 40 random bits: guessing one is hopeless.
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** e.g. `C2026-7K3Q9XMD` for a comment, `P2026-…` for a proposal. */
export function newTrackingNumber(kind: 'C' | 'P', year: number): string {
  const bytes = randomBytes(5);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = (ALPHABET[Number(bits & 31n)] ?? '0') + code;
    bits >>= 5n;
  }
  return `${kind}${year}-${code}`;
}

/** Reads a number as a person may type it: lower case, spaces, O for 0, I/L for 1. */
export const normaliseTrackingNumber = (typed: string): string =>
  typed
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/(?<=-.*)O/g, '0')
    .replace(/(?<=-.*)[IL]/g, '1');
