import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY_FILE, loadDataKey, personalDataCipher } from './personal-data.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'minsheng-key-'));
  dirs.push(dir);
  return join(dir, 'data');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('personal data at rest', () => {
  const cipher = personalDataCipher(randomBytes(32));

  it('opens what it sealed, and the sealed text shows nothing of the address', () => {
    const sealed = cipher.seal('zhang.san@example.gov.cn');
    expect(sealed).not.toContain('zhang');
    expect(sealed).not.toContain('example');
    expect(cipher.open(sealed)).toBe('zhang.san@example.gov.cn');
  });

  it('seals the same value differently each time (random IV)', () => {
    expect(cipher.seal('13800000000')).not.toBe(cipher.seal('13800000000'));
  });

  it('refuses a tampered value and one sealed under another key', () => {
    const sealed = cipher.seal('李四@example.gov.cn');
    const bytes = Buffer.from(sealed.slice(3), 'base64');
    bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 1;
    expect(() => cipher.open(`v1:${bytes.toString('base64')}`)).toThrow();
    expect(() => personalDataCipher(randomBytes(32)).open(sealed)).toThrow();
  });

  it('takes the key from MINSHENG_DATA_KEY and refuses one of the wrong length', () => {
    const key = randomBytes(32);
    const env = { MINSHENG_DATA_KEY: key.toString('base64') };
    expect(loadDataKey({ dataDir: tempDir(), env }).equals(key)).toBe(true);
    expect(() =>
      loadDataKey({ dataDir: tempDir(), env: { MINSHENG_DATA_KEY: 'c2hvcnQ=' } }),
    ).toThrow(/32 bytes/);
  });

  it('without the variable, generates one key file (mode 0600) once, warns, and reuses it', () => {
    const dataDir = tempDir();
    const warnings: string[] = [];
    const first = loadDataKey({ dataDir, env: {}, warn: (m) => warnings.push(m) });
    const second = loadDataKey({ dataDir, env: {} });
    expect(first.equals(second)).toBe(true);
    expect(first).toHaveLength(32);
    expect(statSync(join(dataDir, KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(warnings[0]).toContain('MINSHENG_DATA_KEY');
  });
});
