/**
 * OLE compound files (magic D0 CF 11 E0 A1 B1 1A E1): legacy .doc/.xls, and password-protected
 * .docx/.xlsx, which Office wraps in an OLE file holding an "EncryptedPackage" stream
 * (MS-OFFCRYPTO 2.3.4.4). Neither can be read; telling them apart gives the user the right fix.
 */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le'); // directory names are UTF-16

export function isOle(bytes: Buffer): boolean {
  return bytes.subarray(0, 8).equals(OLE_MAGIC);
}

export function isEncryptedOoxml(bytes: Buffer): boolean {
  return isOle(bytes) && bytes.includes(ENCRYPTED_STREAM);
}
