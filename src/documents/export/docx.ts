/**
 * Exports the summary table as a Word document laid out like the official one: A4 landscape,
 * "附件N", the title in 小标宋 二号, "（共N项）", the table, page numbers "— N —" in the footer.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import type { PlanDocument } from '../../core/plan-document.ts';
import { FONT, FONT_TABLE_XML, runFont, SIZE } from './docx-fonts.ts';
import { buildDocxTable } from './docx-table.ts';
import { buildSummaryTable, type ExportOptions } from './summary-table.ts';

const MARGIN = 1134; // 2 cm

function line(
  text: string,
  face: (typeof FONT)[keyof typeof FONT],
  size: number,
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType],
) {
  return new Paragraph({
    alignment,
    spacing: { after: 120 },
    children: [new TextRun({ text, font: runFont(face), size })],
  });
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: runFont(FONT.latin),
            size: SIZE.footer,
          }),
        ],
      }),
    ],
  });
}

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
        ],
      },
    ],
  });
  return Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE_XML }]);
}
