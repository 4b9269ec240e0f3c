// The engine's public surface (docs/ENGINE-API.md), re-exported by name.
export type { ProblemCode, Problem, Result } from "./result";
export { ok, problem, finite } from "./result";

export type { ParsedNumber, ParseOptions } from "./numbers";
export {
  parseNumber,
  isEnglishColumn,
  formatNumber,
  formatRupiah,
  formatPercent,
  roundHalfUp,
  truncate,
} from "./numbers";

export type { Polaritas, TargetSpec, CapaianInput } from "./capaian";
export { parsePolaritas, parseTarget, capaian, rumusCapaian, explainCapaian } from "./capaian";

export type { Band, Scale, AkipGrade, ScaleRow } from "./kriteria";
export { PERMENDAGRI_86, kriteria, labelMatches, buildScale, predikatAkip, gradeRank } from "./kriteria";

export type { BudgetNode, RolledNode } from "./anggaran";
export { serapan, sisa, selisihPagu, rollUp } from "./anggaran";

export type { KategoriEfisiensi, MetodeEfisiensi } from "./efisiensi";
export { efisiensi, kategoriEfisiensi, rumusEfisiensi } from "./efisiensi";

export type { Agregasi } from "./triwulan";
export { parseAgregasi, defaultAgregasi, tahunan, checkTriwulan } from "./triwulan";

export type { Agreement } from "./compare/agreement";
export { agreement } from "./compare/agreement";
export { selisih, pertumbuhan, rasio, kemajuan, rataCapaian } from "./compare";

export type { RuleId, Severity, Finding } from "./check/finding";
export type {
  Origin,
  CellIssue,
  ModelCell,
  RowKind,
  TableKind,
  TableInfo,
  YearValues,
  Quarters,
  Indikator,
  Tingkat,
  TingkatIndikator,
  IndukIndikator,
  AnggaranRow,
  Profil,
  SkalaRow,
  Diagnostic,
  Model,
} from "./model/types";
export type { Color, CellInput, CellStyle, SheetRole, SheetSpec } from "./model/sheet-spec";
