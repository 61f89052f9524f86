/**
 * Reads a zip's central directory (names, declared sizes, encryption flags) without inflating
 * anything, so a zip bomb is refused from its own declarations before a byte is decompressed.
 * jszip parses this too but keeps the sizes private, hence these few lines of the format
 * (PKWARE APPNOTE 4.3.12, 4.3.16, 4.5.3).
 */

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  encrypted: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const ZIP64_EXTRA = 0x0001;
const MAX_32 = 0xffffffff;

export const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export function isZip(bytes: Buffer): boolean {
  return bytes.subarray(0, 4).equals(ZIP_MAGIC);
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The record ends the file, followed only by a comment of at most 65535 bytes.
  const stop = Math.max(0, bytes.length - EOCD_MIN - 0xffff);
  for (let at = bytes.length - EOCD_MIN; at >= stop; at--) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  throw new Error('no end of central directory');
}

/** Sizes stored as 0xFFFFFFFF live in the ZIP64 extra field, in this order. */
function zip64Sizes(extra: Buffer, entry: ZipEntryInfo): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      for (const key of ['uncompressedSize', 'compressedSize'] as const) {
        if (entry[key] === MAX_32 && field + 8 <= at + 4 + size) {
          entry[key] = Number(extra.readBigUInt64LE(field));
          field += 8;
        }
      }
      return;
    }
    at += 4 + size;
  }
}

/** The entries the central directory declares; throws on a truncated or malformed directory. */
export function readZipDirectory(bytes: Buffer): ZipEntryInfo[] {
  const eocd = findEndOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const entries: ZipEntryInfo[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      throw new Error('bad central directory entry');
    }
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const entry: ZipEntryInfo = {
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      encrypted: (bytes.readUInt16LE(at + 8) & 1) === 1,
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
    };
    zip64Sizes(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
