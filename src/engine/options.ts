import type { MetodeEfisiensi } from "./efisiensi";

/**
 * The one settings type of the check, the evaluation and the report (the report re-exports it as ReportOptions,
 * the jobs as JobOptions). All optional.
 */
export type EvaluateOptions = {
  tahun?: number; // reporting year; overrides Profil and titles
  /** "permendagri86" = the Permendagri 86/2017 bands even when the workbook has a Skala sheet; absent = Skala sheet, else Permendagri. */
  skala?: "permendagri86" | "akip";
  batas?: number | null; // cap on capaian (e.g. 100, 120); null/undefined = none
  efisiensi?: MetodeEfisiensi; // method of tingkat efisiensi (docs/DOMAIN.md §6)
  sheets?: string[]; // report sheet keys to produce; default all
};
