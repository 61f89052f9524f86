/**
 * The period's circular (通报) as a Word draft: A4 portrait, title in 小标宋 二号, section
 * headings in 黑体 三号, body in 仿宋 三号 with a two-character first-line indent, as
 * official documents are typeset (GB/T 9704). The office edits it; it states only what the
 * data supports (core/circular/draft-circular.ts).
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { Circular } from '../../core/circular/draft-circular.ts';
import { FONT, FONT_TABLE_XML, runFont, SIZE } from './docx-fonts.ts';
import { line, pageNumberFooter } from './docx-parts.ts';

const BODY = SIZE.subtitle; // 三号, 16pt
const INDENT = 640; // two characters of 16pt, in twips
const MARGIN = { top: 2098, bottom: 1984, left: 1587, right: 1474 }; // GB/T 9704 page margins

function paragraph(text: string, face: (typeof FONT)[keyof typeof FONT]): Paragraph {
  return new Paragraph({
    indent: { firstLine: INDENT },
    spacing: { line: 560, lineRule: 'exact' },
    children: [new TextRun({ text, font: runFont(face), size: BODY })],
  });
}

export async function exportCircularDocx(circular: Circular): Promise<Buffer> {
  const document = new Document({
    title: circular.title,
    creator: 'Minsheng',
    styles: { default: { document: { run: { font: runFont(FONT.body), size: BODY } } } },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { ...MARGIN, footer: 992 } },
        },
        footers: { default: pageNumberFooter() },
        children: [
          line(circular.title, FONT.title, SIZE.title, AlignmentType.CENTER),
          ...circular.sections.flatMap((section) => [
            paragraph(section.heading, FONT.header),
            ...section.paragraphs.map((text) => paragraph(text, FONT.body)),
          ]),
        ],
      },
    ],
  });
  return Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE_XML }]);
}
