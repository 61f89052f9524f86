/**
 * Renders the exported .docx and .xlsx with LibreOffice, as a user would print them, and checks
 * page 1 is a landscape page with ink on it. Works in a temporary folder: the pictures in docs/
 * are regenerated on purpose with `npm run docs:images`, never by a test run.
 * Skipped, saying so, only when soffice or pdftoppm is missing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  canRender,
  KINDS,
  RENDER_MISSING,
  renderFirstPages,
} from '../../../test/documents/render-pages.ts';

const available = canRender();
const SKIPPED = `SKIPPED: ${RENDER_MISSING}`;

if (!available) console.warn(`render.test.ts ${SKIPPED}`);

/** Grey levels of a binary PGM (P5) image, as pdftoppm -gray writes it. */
function readPgm(bytes: Buffer): { width: number; height: number; pixels: Buffer } {
  const header = bytes.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('not a binary PGM');
  const [, width = '0', height = '0'] = header;
  return { width: Number(width), height: Number(height), pixels: bytes.subarray(header[0].length) };
}

describe('rendering with LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minsheng-render-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const title = 'prints page 1 of the .docx and the .xlsx as a landscape page with the table on it';
  it.skipIf(!available)(
    available ? title : `${title} — ${SKIPPED}`,
    async () => {
      const pages = await renderFirstPages(dir);
      for (const kind of KINDS) {
        const { width, height, pixels } = readPgm(readFileSync(pages[kind].pgm));
        expect(width, kind).toBeGreaterThan(height);
        const ink = pixels.filter((grey) => grey < 160).length / pixels.length;
        expect(ink, `${kind}: share of dark pixels`).toBeGreaterThan(0.01);
        expect(ink, `${kind}: share of dark pixels`).toBeLessThan(0.5);
      }
    },
    180_000,
  );
});
