/** Every report sheet, in workbook order: key → default sheet name (at most 31 characters). */
export const REPORT_SHEETS = {
  ringkasan: "Ringkasan",
  "perjanjian-kinerja": "Perjanjian Kinerja",
  "capaian-kinerja": "Capaian Kinerja",
  "perbandingan-tahun": "Perbandingan Tahun",
  "kemajuan-renstra": "Kemajuan Renstra",
  "standar-nasional": "Standar Nasional",
  "realisasi-anggaran": "Realisasi Anggaran",
  efisiensi: "Efisiensi",
  analisis: "Analisis",
  pemeriksaan: "Pemeriksaan",
} as const;

export type ReportSheetKey = keyof typeof REPORT_SHEETS;

/** The keys in workbook order. */
export const REPORT_SHEET_KEYS = Object.keys(REPORT_SHEETS) as ReportSheetKey[];
