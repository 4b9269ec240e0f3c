import type { FileKind } from "./sniff";

/** A file the xlsx adapter cannot open, with the sentence staff need (Indonesian, without the file name). */
export class UnreadableWorkbook extends Error {
  constructor(
    readonly kind: FileKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "UnreadableWorkbook";
  }
}

const SAVE_AS_XLSX = "Simpan sebagai .xlsx (Excel: File › Save As › Excel Workbook (*.xlsx)), lalu ulangi.";

/** What to tell staff about each kind of file that is not a workbook the adapter can read. */
export const UNREADABLE: Record<Exclude<FileKind, "xlsx">, string> = {
  encrypted:
    "Buku kerja dilindungi kata sandi, sehingga isinya tidak dapat dibaca. Buka di Excel, hapus kata sandinya " +
    "(File › Info › Protect Workbook › Encrypt with Password, kosongkan), simpan, lalu ulangi.",
  xls: `Berkas ini berformat .xls lama (Excel 97–2003), bukan .xlsx. ${SAVE_AS_XLSX}`,
  xlsb: `Berkas ini berformat .xlsb (Excel Binary), bukan .xlsx. ${SAVE_AS_XLSX}`,
  "zip-not-office": "Berkas ini arsip zip, tetapi bukan buku kerja Excel (tidak ada xl/workbook.xml).",
  empty: "Berkas kosong (0 byte).",
  unknown: `Berkas ini bukan buku kerja Excel .xlsx. ${SAVE_AS_XLSX}`,
  damaged:
    "Berkas .xlsx rusak atau terpotong dan tidak dapat dibaca. Buka di Excel, simpan ulang, lalu ulangi.",
};
