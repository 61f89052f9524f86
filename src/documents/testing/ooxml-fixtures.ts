/**
 * Test support: the smallest OOXML packages that Word and the importers accept, built from a
 * given body, and a way to make a zip lie about its sizes (as a zip bomb does).
 */
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

/** A .docx whose body is `bodyXml`; `prolog` goes between the XML declaration and the root. */
export async function minimalDocx(bodyXml: string, prolog = ''): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document xmlns:w="${W}"><w:body>${bodyXml}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A cell; `tcPr` is raw property XML (gridSpan, vMerge). Lines become paragraphs. */
export const tc = (text: string, tcPr = '') =>
  `<w:tc><w:tcPr>${tcPr}</w:tcPr>${text.split('\n').map(p).join('')}</w:tc>`;

export const tr = (cells: string[], trPr = '') =>
  `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells.join('')}</w:tr>`;

export const tbl = (columns: number, rows: string[]) =>
  `<w:tbl><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(columns)}</w:tblGrid>${rows.join('')}</w:tbl>`;

/**
 * Rewrites the declared uncompressed size of every entry named `name`, in the central directory
 * and the local header, leaving the compressed data as it is.
 */
export function forgeDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const target = Buffer.from(name, 'utf8');
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = out.readUInt32LE(at);
    if (signature === 0x04034b50 && out.subarray(at + 30, at + 30 + target.length).equals(target)) {
      out.writeUInt32LE(size, at + 22);
    }
    if (signature === 0x02014b50 && out.subarray(at + 46, at + 46 + target.length).equals(target)) {
      out.writeUInt32LE(size, at + 24);
    }
  }
  return out;
}
