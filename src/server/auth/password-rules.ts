/**
 * The password rules (等保2.0 身份鉴别: 口令复杂度): at least 10 characters, at least three of the
 * four kinds (upper-case, lower-case, digits, others), and not the user name nor containing it.
 * Reuse of recent passwords needs the stored hashes and is checked by the password service.
 */
import type { AppErrorCode } from '../errors.ts';

export const MIN_PASSWORD_LENGTH = 10;
export const MIN_CHARACTER_CLASSES = 3;

/** Names shorter than this are only refused as the whole password: "li" is in too many words. */
const MIN_NAME_TO_CONTAIN = 3;

const CLASSES = [/\p{Lu}/u, /\p{Ll}/u, /\p{Nd}/u, /[^\p{Lu}\p{Ll}\p{Nd}]/u];

/** How many of the four character kinds the password uses. */
export const characterClasses = (password: string): number =>
  CLASSES.filter((re) => re.test(password)).length;

/** The first rule the password breaks, as an error code, or null when it keeps them all. */
export function brokenPasswordRule(
  password: string,
  userName: string,
): Extract<AppErrorCode, `password_${string}`> | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'password_too_short';
  if (characterClasses(password) < MIN_CHARACTER_CLASSES) return 'password_too_simple';
  const name = userName.trim().toLowerCase();
  const lower = password.toLowerCase();
  if (name && (lower === name || (name.length >= MIN_NAME_TO_CONTAIN && lower.includes(name))))
    return 'password_contains_name';
  return null;
}
