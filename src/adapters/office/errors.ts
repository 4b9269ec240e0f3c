/*
 * Office.js rejects with English RichApi errors ("An internal error has occurred."). Staff read
 * Indonesian, so known codes get an Indonesian reason and a next step; the code stays visible for support.
 */
const OFFICE_REASONS: Record<string, string> = {
  GeneralException:
    "terjadi kesalahan internal di Excel. Coba lagi; jika berulang, simpan buku kerja lalu buka kembali.",
  AccessDenied: "Excel menolak akses. Pastikan buku kerja tidak dalam mode baca saja.",
  InvalidArgument: "Excel menolak salah satu nilai yang dikirim add-in.",
  InvalidOperation:
    "perintah tidak dapat dijalankan pada keadaan buku kerja saat ini (misalnya sedang menyunting sel). Tekan Esc lalu coba lagi.",
  ItemAlreadyExists: "nama lembar sudah dipakai. Coba lagi; add-in akan memilih nama lain.",
  ItemNotFound: "lembar atau sel yang dicari tidak ditemukan (mungkin baru dihapus atau diganti nama).",
  InsertDeleteConflict: "perubahan bertabrakan dengan sel yang digabung atau tabel. Coba lagi.",
  RequestPayloadSizeLimitExceeded: "data terlalu besar untuk satu permintaan ke Excel.",
  ResponsePayloadSizeLimitExceeded: "lembar terlalu besar untuk dibaca sekaligus oleh Excel.",
  UnsupportedOperation:
    "versi Excel ini belum mendukung perintah tersebut. Perbarui Excel atau pakai Excel di web.",
  ApiNotFound: "versi Excel ini belum mendukung perintah tersebut. Perbarui Excel atau pakai Excel di web.",
  Unauthenticated: "sesi Office berakhir. Masuk kembali lalu coba lagi.",
  WorksheetLocked: "lembar dikunci (diproteksi). Buka proteksi lembar lalu coba lagi.",
};

// The same reasons for a pane shown in English (Office's display language is English).
const OFFICE_REASONS_EN: Record<string, string> = {
  GeneralException:
    "an internal error occurred in Excel. Try again; if it repeats, save the workbook and open it again.",
  AccessDenied: "Excel denied access. Make sure the workbook is not read-only.",
  InvalidArgument: "Excel rejected one of the values the add-in sent.",
  InvalidOperation:
    "the command cannot run in the workbook's current state (for example while a cell is being edited). Press Esc and try again.",
  ItemAlreadyExists: "the sheet name is already used. Try again; the add-in will choose another name.",
  ItemNotFound: "the sheet or cell was not found (it may just have been deleted or renamed).",
  InsertDeleteConflict: "the change collides with merged cells or a table. Try again.",
  RequestPayloadSizeLimitExceeded: "the data is too large for one request to Excel.",
  ResponsePayloadSizeLimitExceeded: "the sheet is too large for Excel to read at once.",
  UnsupportedOperation:
    "this version of Excel does not support the command yet. Update Excel or use Excel on the web.",
  ApiNotFound:
    "this version of Excel does not support the command yet. Update Excel or use Excel on the web.",
  Unauthenticated: "the Office session has ended. Sign in again and try again.",
  WorksheetLocked: "the sheet is locked (protected). Unprotect the sheet and try again.",
};

/**
 * The reason for an Office.js error in the pane's language (Indonesian unless "en"), or null when
 * the error is not one of Office's.
 * @example describeOfficeError({ name: "RichApi.Error", code: "WorksheetLocked" }) //=> "Excel: lembar dikunci … (kode WorksheetLocked)"
 */
export function describeOfficeError(error: unknown, lang: "id" | "en" = "id"): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return null;
  const reasons = lang === "en" ? OFFICE_REASONS_EN : OFFICE_REASONS;
  const label = lang === "en" ? "code" : "kode";
  if (code in reasons) return `Excel: ${reasons[code]} (${label} ${code})`;
  if ((error as { name?: unknown }).name === "RichApi.Error")
    return lang === "en"
      ? `Excel refused the command (code ${code}). Try again; if it repeats, save the workbook and open it again.`
      : `Excel menolak perintah (kode ${code}). Coba lagi; jika berulang, simpan buku kerja lalu buka kembali.`;
  return null;
}
