/**
 * Access to fast-xml-parser's `preserveOrder` tree: each element is `{ [tag]: children, ':@'?:
 * attributes }`, text is `{ '#text': value }`. Content controls (w:sdt), custom XML and smart
 * tags wrap rows, cells and runs without changing what they hold, so they are looked through.
 */
import { XMLParser } from 'fast-xml-parser';

export type XmlNode = Record<string, unknown>;

const TRANSPARENT = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:smartTag']);

export const xmlParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  processEntities: true,
  htmlEntities: false,
});

export function tagOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attrOf(node: XmlNode, name: string): string | undefined {
  const attributes = node[':@'] as Record<string, string> | undefined;
  return attributes?.[name];
}

/** Children with one of the tags, in order, looking through content controls and custom XML. */
export function childrenNamed(node: XmlNode, ...tags: string[]): XmlNode[] {
  return childrenOf(node).flatMap((child) => {
    const name = tagOf(child);
    if (tags.includes(name)) return [child];
    return TRANSPARENT.has(name) ? childrenNamed(child, ...tags) : [];
  });
}

export function firstChild(node: XmlNode | undefined, tag: string): XmlNode | undefined {
  return node ? childrenOf(node).find((child) => tagOf(child) === tag) : undefined;
}

/** Text of a paragraph, cell or table: paragraphs on their own lines, deleted text left out. */
export function textOf(node: XmlNode): string {
  const tag = tagOf(node);
  switch (tag) {
    case '#text':
      return '';
    case 'w:t':
      return childrenOf(node)
        .map((child) => String(child['#text'] ?? ''))
        .join('');
    case 'w:tab':
      return '\t';
    case 'w:br':
    case 'w:cr':
      return '\n';
    case 'w:delText':
    case 'w:instrText':
    case 'w:rPr':
    case 'w:pPr':
    case 'w:tcPr':
      return '';
    case 'w:p':
      return `${childrenOf(node).map(textOf).join('')}\n`;
    default:
      return childrenOf(node).map(textOf).join('');
  }
}
