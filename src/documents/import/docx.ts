/**
 * Reads the table of a .docx into a Grid straight from word/document.xml (mammoth would lose
 * w:gridBefore). Paragraphs above the first table are heading lines. A later table with as many
 * grid columns continues the first (a table split at a page break), minus a repeated header row.
 */
import type { Grid, GridCell, GridRow } from '../../core/table/grid.ts';
import { normaliseCellText } from './cell-text.ts';
import {
  attrOf,
  childrenNamed,
  childrenOf,
  firstChild,
  tagOf,
  textOf,
  type XmlNode,
  xmlParser,
} from './docx-xml.ts';
import { LIMITS } from './limits.ts';
import { openPackage } from './open-package.ts';
import { refuse } from './refusals.ts';

const PACKAGE_RELS = '_rels/.rels';
const MAIN_PART_TYPE = /\/officeDocument$/;
const val = (node: XmlNode | undefined) => (node ? attrOf(node, 'w:val') : undefined);

function intVal(node: XmlNode | undefined, fallback: number): number {
  const parsed = Number.parseInt(val(node) ?? '', 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

/** Reads one table's rows; `masters` holds the text of each grid column's open vMerge. */
function readRows(table: XmlNode, firstLine: number): GridRow[] {
  const masters = new Map<number, string>();
  return childrenNamed(table, 'w:tr').map((tr, index) => {
    const gridBefore = intVal(firstChild(firstChild(tr, 'w:trPr'), 'w:gridBefore'), 0);
    const cells: GridCell[] = [];
    let column = gridBefore;
    for (const tc of childrenNamed(tr, 'w:tc')) {
      const tcPr = firstChild(tc, 'w:tcPr');
      const span = intVal(firstChild(tcPr, 'w:gridSpan'), 1);
      const vMerge = firstChild(tcPr, 'w:vMerge');
      // <w:vMerge/> without w:val (WPS writes it so) means continue.
      if (vMerge && val(vMerge) !== 'restart') {
        cells.push({ text: masters.get(column) ?? '', merged: true });
      } else {
        const text = normaliseCellText(textOf(tc));
        if (vMerge) masters.set(column, text);
        cells.push({ text });
      }
      for (let extra = 1; extra < span; extra++) cells.push({ text: '' });
      column += span;
    }
    return { cells, missingBefore: gridBefore, line: firstLine + index };
  });
}

const gridWidth = (table: XmlNode) =>
  childrenOf(firstChild(table, 'w:tblGrid') ?? {}).filter((c) => tagOf(c) === 'w:gridCol').length;
const rowTexts = (row: GridRow | undefined) => row?.cells.map((c) => c.text).join('\u0000');

function parseDocument(xml: Buffer): XmlNode {
  const text = xml.toString('utf8');
  if ((text.match(/<w:tr[\s>]/g)?.length ?? 0) > LIMITS.rows) throw refuse.tooManyRows();
  let tree: XmlNode[];
  try {
    tree = xmlParser.parse(text) as XmlNode[];
  } catch {
    throw refuse.corrupt('Word');
  }
  const document = tree.find((node) => tagOf(node) === 'w:document');
  const body = firstChild(document, 'w:body');
  if (!body) throw refuse.corrupt('Word');
  return body;
}

/**
 * The main part's name from the package relationships: usually word/document.xml, but Word for
 * the web saves word/document2.xml.
 */
function mainPartName(rels: Buffer | undefined): string {
  let relationships: XmlNode[] = [];
  try {
    relationships = rels ? (xmlParser.parse(rels.toString('utf8')) as XmlNode[]) : [];
  } catch {
    // Damaged relationships: fall back to the usual name.
  }
  const root = relationships.find((node) => tagOf(node) === 'Relationships');
  const main =
    root &&
    childrenNamed(root, 'Relationship').find((r) => MAIN_PART_TYPE.test(attrOf(r, 'Type') ?? ''));
  return (attrOf(main ?? {}, 'Target') ?? 'word/document.xml').replace(/^\//, '');
}

const isCandidate = (name: string) =>
  name === PACKAGE_RELS || (/^word\/[^/]+\.xml$/.test(name) && name.startsWith('word/document'));

/** The table of a .docx file as a Grid; throws DocumentError on hostile or unreadable files. */
export async function importDocx(bytes: Buffer): Promise<Grid> {
  const parts = await openPackage(bytes, { kind: 'Word', inflate: isCandidate });
  const xml = parts.get(mainPartName(parts.get(PACKAGE_RELS)));
  if (!xml) throw refuse.corrupt('Word');
  const body = parseDocument(xml);

  const headingLines: string[] = [];
  const rows: GridRow[] = [];
  let width: number | null = null;
  for (const block of childrenNamed(body, 'w:p', 'w:tbl')) {
    if (tagOf(block) === 'w:p') {
      if (width === null)
        headingLines.push(
          ...textOf(block)
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean),
        );
      continue;
    }
    if (width !== null && gridWidth(block) !== width) continue;
    const tableRows = readRows(block, rows.length + 1);
    if (width !== null && rowTexts(tableRows[0]) === rowTexts(rows[0])) tableRows.shift();
    width ??= gridWidth(block);
    rows.push(...tableRows);
  }
  if (width === null) throw refuse.noTable('Word');
  return { headingLines, rows };
}
