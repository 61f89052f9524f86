/**
 * PDF from the print view, printed by headless Chromium where it is installed. Chromium is a
 * Debian package here, not an npm one, so its absence is a clear error, not a crash.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DocumentError } from '../document-error.ts';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Chromium's path: CHROMIUM_PATH when set (an operator's choice, even if wrong), else found. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export async function htmlToPdf(html: string): Promise<Buffer> {
  const chromium = findChromium();
  if (!chromium) {
    throw new DocumentError(
      'unsupported_format',
      '本机未安装 Chromium，无法生成 PDF；请改用 .docx 或打印视图（html）。',
      'Chromium is not installed here, so no PDF can be made; use .docx or the print view (html).',
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'minsheng-pdf-'));
  try {
    const page = join(dir, 'table.html');
    const pdf = join(dir, 'table.pdf');
    await writeFile(page, html);
    await promisify(execFile)(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${join(dir, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdf}`,
        `file://${page}`,
      ],
      { timeout: 60_000 },
    );
    return await readFile(pdf);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
