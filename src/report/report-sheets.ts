/** Every report sheet, in the order the LKjIP numbers its tables (2.1, 3.1 … 3.8): key → default sheet name (≤ 31 characters). */
export const REPORT_SHEETS = {
  ringkasan: "Ringkasan",
  "perjanjian-kinerja": "Perjanjian Kinerja",
  skala: "Skala Kriteria",
  "capaian-kinerja": "Capaian Kinerja",
  "perbandingan-tahun": "Perbandingan Tahun",
  "kemajuan-renstra": "Kemajuan Renstra",
  analisis: "Analisis",
  efisiensi: "Efisiensi",
  "realisasi-anggaran": "Realisasi Anggaran",
  "standar-nasional": "Standar Nasional",
  pemeriksaan: "Pemeriksaan",
} as const;

export type ReportSheetKey = keyof typeof REPORT_SHEETS;

/** The keys in workbook order. */
export const REPORT_SHEET_KEYS = Object.keys(REPORT_SHEETS) as ReportSheetKey[];
