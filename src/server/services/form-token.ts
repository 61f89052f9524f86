/**
 * Signed tokens for the public forms, which have no session to tie a CSRF token to: an HMAC of
 * the form's purpose and a six-hour time slot, accepted for a day. It makes a cross-site or
 * scripted post fetch the page first; the same-origin check on Origin/Referer is the other wall.
 * A page carries one token per slot, so cached pages stay cacheable.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const SLOT_MS = 6 * 3600 * 1000;
const SLOTS_VALID = 4;

/** The slot a time falls in (part of the cache key of pages that carry a token). */
export const tokenSlot = (at: number = Date.now()): number => Math.floor(at / SLOT_MS);

const sign = (key: Buffer, purpose: string, slot: number) =>
  createHmac('sha256', key).update(`${purpose}\n${slot}`).digest('base64url');

/** A token for `purpose` (e.g. `comment:12`) in `slot`. */
export const formToken = (key: Buffer, purpose: string, slot: number): string =>
  `${slot}.${sign(key, purpose, slot)}`;

/** True when `token` was made for `purpose` within the last day. */
export function checkFormToken(
  key: Buffer,
  purpose: string,
  token: string,
  at: number = Date.now(),
): boolean {
  const [slotText, mac] = token.split('.');
  const slot = Number(slotText);
  const now = tokenSlot(at);
  if (!mac || !Number.isInteger(slot) || slot > now || slot <= now - SLOTS_VALID) return false;
  const expected = Buffer.from(sign(key, purpose, slot));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
