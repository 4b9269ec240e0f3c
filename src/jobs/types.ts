import type { Finding } from "../engine/check/finding";
import type { TableInfo, Diagnostic } from "../engine/model/types";
import type { ReportOptions } from "../report/options";
import type { Peta } from "../workbook/peta";

/**
 * Settings shared by the check and the report (defined with the report, which may not import jobs),
 * and the user's explicit table mapping, which wins over the reader's inference.
 */
export type JobOptions = ReportOptions & { peta?: Peta };

export type FindingSummary = { errors: number; warnings: number; info: number };

export type CheckResult = {
  /** Set when no kinerja or anggaran table was read: why, and what to do (the check then means nothing). */
  nothingRead?: string;
  tables: Pick<TableInfo, "sheet" | "range" | "kind" | "rows">[];
  findings: Finding[];
  diagnostics: Diagnostic[];
  summary: FindingSummary;
};

export type GenerateResult = {
  sheets: { key: string; name: string }[]; // written, in workbook order
  renamed: { key: string; wanted: string; used: string }[]; // a user sheet had the wanted name
  adopted?: { key: string; name: string }[]; // report sheets the user renamed: theirs now, untouched
  kept?: { sheet: string; copy: string; cells: string[] }[]; // old report sheets with typed cells, renamed
  replaced?: string[]; // old report sheets deleted (the new ones took their place)
  kriteriaCounts: Record<string, number>; // label -> number of indicators
  serapanTotal: number | null; // percent
  findings: FindingSummary;
};
