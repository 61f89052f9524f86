/**
 * `npm run docs:images`: regenerates docs/summary-table-docx.png and docs/summary-table-xlsx.png,
 * page 1 of the exported summary table as LibreOffice prints it. Run by hand when the export
 * changes; tests never write tracked files.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  canRender,
  KINDS,
  RENDER_MISSING,
  renderFirstPages,
} from '../test/documents/render-pages.ts';

if (!canRender()) {
  console.error(RENDER_MISSING);
  process.exit(1);
}
const docs = new URL('../docs/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'minsheng-docs-images-'));
try {
  const pages = await renderFirstPages(dir);
  mkdirSync(docs, { recursive: true });
  for (const kind of KINDS) {
    const target = join(docs, `summary-table-${kind}.png`);
    copyFileSync(pages[kind].png, target);
    console.log(`wrote ${target}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
