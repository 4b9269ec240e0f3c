/** Settings of the report and the check; src/jobs re-exports them as JobOptions. All optional. */
export type ReportOptions = {
  tahun?: number; // reporting year; overrides Profil and titles
  skala?: "permendagri86"; // a Skala sheet in the workbook overrides it
  batas?: number | null; // cap on capaian (e.g. 100, 120); null/undefined = none
  efisiensi?: "selisih" | "rasio"; // method of tingkat efisiensi (DOMAIN.md §6)
  sheets?: string[]; // report sheet keys to produce; default all
};
