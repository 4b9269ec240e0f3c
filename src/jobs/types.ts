import type { Finding } from "../engine/check/finding";
import type { TableInfo, Diagnostic } from "../engine/model/types";

/** Settings shared by the check and the report. All optional: the workbook's Profil and defaults decide. */
export type JobOptions = {
  tahun?: number; // reporting year; overrides Profil and titles
  skala?: "permendagri86"; // a Skala sheet in the workbook overrides it
  batas?: number | null; // cap on capaian (e.g. 100, 120); null/undefined = none
  efisiensi?: "selisih" | "rasio"; // method of tingkat efisiensi (DOMAIN.md §6)
  sheets?: string[]; // report sheet keys to produce; default all
};

export type FindingSummary = { errors: number; warnings: number; info: number };

export type CheckResult = {
  tables: Pick<TableInfo, "sheet" | "range" | "kind" | "rows">[];
  findings: Finding[];
  diagnostics: Diagnostic[];
  summary: FindingSummary;
};

export type GenerateResult = {
  sheets: { key: string; name: string }[]; // written, in workbook order
  renamed: { key: string; wanted: string; used: string }[]; // a user sheet had the wanted name
  kriteriaCounts: Record<string, number>; // label -> number of indicators
  serapanTotal: number | null; // percent
  findings: FindingSummary;
};
