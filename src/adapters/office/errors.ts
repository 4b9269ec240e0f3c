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

/**
 * The Indonesian reason for an Office.js error, or null when the error is not one of Office's.
 * @example describeOfficeError({ name: "RichApi.Error", code: "WorksheetLocked" }) //=> "Excel: lembar dikunci … (kode WorksheetLocked)"
 */
export function describeOfficeError(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return null;
  if (code in OFFICE_REASONS) return `Excel: ${OFFICE_REASONS[code]} (kode ${code})`;
  if ((error as { name?: unknown }).name === "RichApi.Error")
    return `Excel menolak perintah (kode ${code}). Coba lagi; jika berulang, simpan buku kerja lalu buka kembali.`;
  return null;
}
