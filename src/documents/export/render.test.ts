/**
 * Renders the exported .docx and .xlsx with LibreOffice, as a user would print them, checks page
 * 1 is a landscape page with ink on it, and keeps the pictures in docs/ for people to look at.
 * Needs soffice and pdftoppm (Debian: libreoffice-writer libreoffice-calc poppler-utils
 * fonts-noto-cjk); skipped, saying so, only when they are missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../../test/factories/plan-document.ts';
import { exportDocx } from './docx.ts';
import { exportXlsx } from './xlsx.ts';

const has = (command: string) => spawnSync('which', [command]).status === 0;
const available = has('soffice') && has('pdftoppm');
const DOCS = new URL('../../../docs/', import.meta.url).pathname;
const SKIPPED =
  'SKIPPED: LibreOffice (soffice) or pdftoppm not installed — apt-get install libreoffice-writer libreoffice-calc poppler-utils fonts-noto-cjk';

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
      const doc = buildPlanDocument();
      const files = {
        docx: join(dir, 'summary-table-docx.docx'),
        xlsx: join(dir, 'summary-table-xlsx.xlsx'),
      };
      writeFileSync(files.docx, await exportDocx(doc, { attachmentLabel: '附件4' }));
      writeFileSync(
        files.xlsx,
        await exportXlsx(doc, { attachmentLabel: '附件4', assessment: true }),
      );
      // A private profile: a soffice started by someone else on this machine would otherwise
      // hold the default profile's lock and swallow our conversion.
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          files.docx,
          files.xlsx,
        ],
        {
          timeout: 120_000,
          stdio: 'ignore',
        },
      );
      mkdirSync(DOCS, { recursive: true });
      for (const kind of ['docx', 'xlsx'] as const) {
        const pdf = join(dir, `summary-table-${kind}.pdf`);
        const png = join(dir, `page-${kind}`);
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '60',
          '-f',
          '1',
          '-l',
          '1',
          '-singlefile',
          pdf,
          png,
        ]);
        execFileSync('pdftoppm', [
          '-gray',
          '-r',
          '30',
          '-f',
          '1',
          '-l',
          '1',
          '-singlefile',
          pdf,
          png,
        ]);
        const { width, height, pixels } = readPgm(readFileSync(`${png}.pgm`));
        expect(width, kind).toBeGreaterThan(height);
        const ink = pixels.filter((grey) => grey < 160).length / pixels.length;
        expect(ink, `${kind}: share of dark pixels`).toBeGreaterThan(0.01);
        expect(ink, `${kind}: share of dark pixels`).toBeLessThan(0.5);
        copyFileSync(`${png}.png`, join(DOCS, `summary-table-${kind}.png`));
      }
    },
    180_000,
  );
});
