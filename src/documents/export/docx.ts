/**
 * Exports the summary table as a Word document laid out like the official one: A4 landscape,
 * "附件N", the title in 小标宋 二号, "（共N项）", the table, page numbers "— N —" in the footer.
 */
import { AlignmentType, Document, Packer, PageOrientation } from 'docx';
import type { PlanDocument } from '../../core/plan-document.ts';
import { FONT, FONT_TABLE_XML, runFont, SIZE } from './docx-fonts.ts';
import { line, pageNumberFooter } from './docx-parts.ts';
import { buildDocxTable } from './docx-table.ts';
import { buildSummaryTable, type ExportOptions } from './summary-table.ts';

const MARGIN = 1134; // 2 cm

/** The plan's summary table as .docx bytes. */
export async function exportDocx(doc: PlanDocument, options: ExportOptions = {}): Promise<Buffer> {
  const table = buildSummaryTable(doc, options);
  const heading = table.heading
    ? [line(table.heading, FONT.header, SIZE.heading, AlignmentType.LEFT)]
    : [];
  const document = new Document({
    title: table.title,
    creator: 'Minsheng',
    styles: {
      default: { document: { run: { font: runFont(FONT.body), size: SIZE.body } } },
    },
    sections: [
      {
        properties: {
          page: {
            // Portrait A4 plus LANDSCAPE: docx swaps the sizes itself (STACK.md).
            size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, footer: 567 },
          },
        },
        footers: { default: pageNumberFooter() },
        children: [
          ...heading,
          line(table.title, FONT.title, SIZE.title, AlignmentType.CENTER),
          line(table.countLine, FONT.body, SIZE.subtitle, AlignmentType.CENTER),
          buildDocxTable(table),
          ...table.notes.map((note) => line(note, FONT.body, SIZE.body, AlignmentType.LEFT)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE_XML }]);
}
