/*
 * What a file really is, from its first bytes rather than its name: staff rename files, and an .xls
 * renamed .xlsx (or a password-protected .xlsx, which Excel stores as an OLE compound file) must get
 * a sentence they can act on, not a zip library's error.
 * - .xlsx/.xlsm: a zip ("PK\3\4") holding xl/workbook.xml (ECMA-376 Part 2, Open Packaging Conventions).
 * - .xlsb: the same zip with xl/workbook.bin.
 * - Encrypted .xlsx: an OLE compound file ("D0 CF 11 E0 A1 B1 1A E1") with an "EncryptionInfo" stream
 *   ([MS-OFFCRYPTO] 2.3.4); an .xls (BIFF8) is an OLE compound file without it.
 */

export type FileKind =
  "xlsx" | "xlsb" | "encrypted" | "xls" | "zip-not-office" | "damaged" | "empty" | "unknown";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * The kind of workbook file `bytes` holds, by magic bytes and (for a zip) its entry names.
 * @example sniffWorkbook(fs.readFileSync("lama.xls")) //=> "xls"
 */
export function sniffWorkbook(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE)) return hasUtf16Name(bytes, "EncryptionInfo") ? "encrypted" : "xls";
  if (startsWith(bytes, ZIP_EMPTY)) return "zip-not-office";
  if (!startsWith(bytes, ZIP)) return "unknown";
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A zip is read from its end record: without one (a file cut short) nothing in it can be trusted.
  const end = endRecord(view);
  if (end < 0) return "damaged";
  const names = centralNames(view, end).map((n) => n.toLowerCase());
  if (names.includes("xl/workbook.xml")) return "xlsx";
  if (names.includes("xl/workbook.bin")) return "xlsb";
  return "zip-not-office";
}

/** An OLE directory entry stores its name in UTF-16LE; finding it anywhere is enough to tell the two apart. */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** Offset of the zip's end-of-central-directory record (it sits in the last 64 KiB + 22 bytes), or -1. */
function endRecord(view: Buffer): number {
  const from = Math.max(0, view.length - 0xffff - 22);
  const at = view.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  return at >= from && at + 22 <= view.length ? at : -1;
}

/** Entry names listed in the central directory (APPNOTE.TXT 4.3.12). */
function centralNames(view: Buffer, end: number): string[] {
  const count = view.readUInt16LE(end + 10);
  let at = view.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count && at + 46 <= view.length && view.readUInt32LE(at) === 0x02014b50; i++) {
    const nameLength = view.readUInt16LE(at + 28);
    names.push(view.toString("utf8", at + 46, at + 46 + nameLength));
    at += 46 + nameLength + view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32);
  }
  return names;
}
