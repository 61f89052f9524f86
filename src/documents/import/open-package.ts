/**
 * Opens an OOXML package (.docx, .xlsx) defensively and returns the entries asked for, inflated.
 * In order: size of the upload, OLE (password-protected or legacy) files, the zip's declared
 * sizes, then inflation under a byte budget (declared sizes can lie), then XML that declares a
 * DOCTYPE or entities (XXE, "billion laughs"), which OOXML never needs.
 */
import JSZip from 'jszip';
import { DocumentError } from '../document-error.ts';
import { LIMITS } from './limits.ts';
import { isEncryptedOoxml, isOle } from './ole.ts';
import { assertInputSize, refuse } from './refusals.ts';
import { isZip, readZipDirectory, type ZipEntryInfo } from './zip-directory.ts';

export interface OpenPackageOptions {
  /** "Word" or "Excel", for messages. */
  kind: string;
  /** Which entries to inflate; the others are only weighed by their declared sizes. */
  inflate: (name: string) => boolean;
}

function checkDeclarations(bytes: Buffer, kind: string): ZipEntryInfo[] {
  let entries: ZipEntryInfo[];
  try {
    entries = readZipDirectory(bytes);
  } catch {
    throw refuse.corrupt(kind);
  }
  if (entries.length > LIMITS.zipEntries) throw refuse.zipBomb();
  if (entries.some((entry) => entry.encrypted)) throw refuse.encrypted();
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > LIMITS.inflatedBytes) throw refuse.zipBomb();
  return entries;
}

/** Inflates one entry as a stream, stopping as soon as the shared budget is spent. */
function inflateEntry(file: JSZip.JSZipObject, budget: { left: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const stream = file.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      budget.left -= chunk.length;
      if (budget.left < 0) {
        stream.pause();
        stream.removeAllListeners('data');
        reject(refuse.zipBomb());
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

const XML_DECLARATIONS = /<!\s*(DOCTYPE|ENTITY)/i;

/** Latin-1 with NULs removed reads ASCII markup the same in UTF-8, UTF-16LE and UTF-16BE. */
function declaresEntities(xml: Buffer): boolean {
  return XML_DECLARATIONS.test(xml.toString('latin1').replaceAll('\u0000', ''));
}

export async function openPackage(
  bytes: Buffer,
  options: OpenPackageOptions,
): Promise<Map<string, Buffer>> {
  assertInputSize(bytes);
  if (isOle(bytes)) throw isEncryptedOoxml(bytes) ? refuse.encrypted() : refuse.legacy();
  if (!isZip(bytes)) throw refuse.corrupt(options.kind);
  checkDeclarations(bytes, options.kind);

  let zip: JSZip;
  try {
    // No checkCRC32: it would inflate every entry during loading, outside the budget.
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw refuse.corrupt(options.kind);
  }
  const budget = { left: LIMITS.inflatedBytes };
  const parts = new Map<string, Buffer>();
  for (const file of Object.values(zip.files)) {
    if (file.dir || !options.inflate(file.name)) continue;
    let data: Buffer;
    try {
      data = await inflateEntry(file, budget);
    } catch (error) {
      if (error instanceof DocumentError) throw error;
      throw refuse.corrupt(options.kind);
    }
    if (/\.(xml|rels)$/i.test(file.name) && declaresEntities(data)) throw refuse.xmlEntities();
    parts.set(file.name, data);
  }
  return parts;
}
