/** Password hashing with argon2id (OWASP's first choice), through @node-rs/argon2. */
import { type Algorithm, hash, verify } from '@node-rs/argon2';

// Algorithm is an ambient const enum, which verbatimModuleSyntax cannot import: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;

/** Hashes a password; the PHC string carries algorithm, parameters and salt. */
export const hashPassword = (password: string): Promise<string> =>
  hash(password, { algorithm: ARGON2ID });

/** True when `password` matches `stored`; false (never a throw) for a malformed hash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A real hash (of an unguessable word) verified against when the user does not exist, so timing does not reveal names. */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$4SYo91vAoNTT/7HMR8H3tQ$fhTdUABu0GQnM5unvl3iM4DIMslKFAsAIBrhdxhzb3o';
