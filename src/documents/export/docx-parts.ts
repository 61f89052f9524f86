/** Paragraph pieces shared by the Word documents Minsheng writes (summary table, circular). */
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { FONT, runFont, SIZE } from './docx-fonts.ts';

export function line(
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

export function pageNumberFooter(): Footer {
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
