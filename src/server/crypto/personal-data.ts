/**
 * Personal fields (e-mail addresses, phone numbers) are sealed before they reach the database:
 * AES-256-GCM with a random 96-bit IV per value, so a copied database or backup yields no
 * contact list. The key comes from MINSHENG_DATA_KEY (32 bytes, base64); without it, one is
 * generated once into the data directory (mode 0600) and a warning says to move it out.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Prefix of a sealed value: the scheme, so a later key rotation can tell generations apart. */
const PREFIX = 'v1:';
export const KEY_FILE = 'data-key';

/** Seals and opens personal fields with one key. */
export interface PersonalData {
  seal: (plain: string) => string;
  open: (sealed: string) => string;
}

/** A cipher over `key` (32 bytes). */
export function personalDataCipher(key: Buffer): PersonalData {
  if (key.length !== KEY_BYTES) throw new Error(`the data key must be ${KEY_BYTES} bytes`);
  return {
    seal(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open(sealed) {
      if (!sealed.startsWith(PREFIX)) throw new Error('not a sealed value');
      const bytes = Buffer.from(sealed.slice(PREFIX.length), 'base64');
      const decipher = createDecipheriv(ALGORITHM, key, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      // final() throws when the tag does not match: a tampered or foreign value is never read.
      return Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}

/**
 * The data key: MINSHENG_DATA_KEY when set (refused unless it decodes to 32 bytes), else the key
 * file in `dataDir`, created on first use with mode 0600. `warn` is told when the file is used.
 */
export function loadDataKey(options: {
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  warn?: (message: string) => void;
}): Buffer {
  const fromEnv = (options.env ?? process.env).MINSHENG_DATA_KEY;
  if (fromEnv) {
    const key = Buffer.from(fromEnv, 'base64');
    if (key.length !== KEY_BYTES)
      throw new Error(`MINSHENG_DATA_KEY must be ${KEY_BYTES} bytes in base64`);
    return key;
  }
  const path = join(options.dataDir, KEY_FILE);
  if (!existsSync(path)) {
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    try {
      // 'wx': if another process wrote it first, keep theirs.
      writeFileSync(path, randomBytes(KEY_BYTES).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  options.warn?.(
    `个人信息加密密钥保存在 ${path}，请将其移出数据目录并设置 MINSHENG_DATA_KEY / ` +
      `the personal-data key is kept in ${path}; move it out of the data directory into MINSHENG_DATA_KEY`,
  );
  const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`${path} does not hold a ${KEY_BYTES}-byte key`);
  return key;
}

/** A cipher whose key is loaded on first use, so an app that never touches contacts never makes one. */
export function lazyPersonalData(load: () => Buffer): PersonalData {
  let cipher: PersonalData | null = null;
  const get = () => {
    cipher ??= personalDataCipher(load());
    return cipher;
  };
  return { seal: (plain) => get().seal(plain), open: (sealed) => get().open(sealed) };
}
