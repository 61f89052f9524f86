/**
 * Page 1 of the exported .docx and .xlsx, printed by LibreOffice as a user would print them:
 * shared by the render test (into a temporary folder) and `npm run docs:images` (which copies the
 * pictures into docs/). Needs soffice and pdftoppm (Debian: libreoffice-writer libreoffice-calc
 * poppler-utils fonts-noto-cjk).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportDocx } from '../../src/documents/export/docx.ts';
import { exportXlsx } from '../../src/documents/export/xlsx.ts';
import { buildPlanDocument } from '../factories/plan-document.ts';

const has = (command: string) => spawnSync('which', [command]).status === 0;
export const canRender = () => has('soffice') && has('pdftoppm');
export const RENDER_MISSING =
  'LibreOffice (soffice) or pdftoppm not installed — apt-get install libreoffice-writer libreoffice-calc poppler-utils fonts-noto-cjk';

export const KINDS = ['docx', 'xlsx'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * Exports the fixture plan, prints both files to PDF in `dir` and rasterises page 1 of each:
 * `page-<kind>.png` (60 dpi, for people) and `page-<kind>.pgm` (30 dpi grey, for measuring).
 */
export async function renderFirstPages(
  dir: string,
): Promise<Record<Kind, { png: string; pgm: string }>> {
  const doc = buildPlanDocument();
  const files = {
    docx: join(dir, 'summary-table-docx.docx'),
    xlsx: join(dir, 'summary-table-xlsx.xlsx'),
  };
  writeFileSync(files.docx, await exportDocx(doc, { attachmentLabel: '附件4' }));
  writeFileSync(files.xlsx, await exportXlsx(doc, { attachmentLabel: '附件4', assessment: true }));
  // A private profile: a soffice started by someone else on this machine would otherwise hold the
  // default profile's lock and swallow our conversion.
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
    { timeout: 120_000, stdio: 'ignore' },
  );
  const pages = {} as Record<Kind, { png: string; pgm: string }>;
  for (const kind of KINDS) {
    const pdf = join(dir, `summary-table-${kind}.pdf`);
    const page = join(dir, `page-${kind}`);
    const firstPage = ['-f', '1', '-l', '1', '-singlefile', pdf, page];
    execFileSync('pdftoppm', ['-png', '-r', '60', ...firstPage]);
    execFileSync('pdftoppm', ['-gray', '-r', '30', ...firstPage]);
    pages[kind] = { png: `${page}.png`, pgm: `${page}.pgm` };
  }
  return pages;
}
