export type {
  EvalContext,
  Evaluated,
  IndikatorEval,
  YearEval,
  AnggaranEval,
  ProgramRef,
  EfisiensiSasaran,
} from "./types";
export type { SasaranGroup } from "./sasaran-groups";
export type { EngineInput } from "./inputs";
export type { WorkbookEval } from "./evaluate-workbook";
export type { Totals } from "./totals";
export type { AgencyEval, EfisiensiIndikator } from "./agency";
export { evaluateWorkbook } from "./evaluate-workbook";
export { resolveScale } from "./resolve-scale";
export { evaluateIndikator } from "./evaluate-indikator";
export { evaluateAnggaran } from "./evaluate-anggaran";
export { efisiensiPerSasaran, efisiensiOfGroups } from "./efisiensi-per-sasaran";
export { sasaranGroups, groupBySasaran } from "./sasaran-groups";
export { programsFor, assignPrograms, ownBudget } from "./programs-for";
export { normaliseKey } from "./normalise";
export { indikatorKey, collectIndikator, reportsThisYear } from "./identity";
export { primaryAnggaran } from "./primary-anggaran";
export { totalsOf, rootsOf, hasRealisasi, NO_REALISASI } from "./totals";
export {
  agencyOf,
  efisiensiPerIndikator,
  kriteriaCounts,
  SERAPAN_RENDAH,
  TIDAK_DAPAT_DIHITUNG,
} from "./agency";
export { cellInput, quarterNums, annualInput } from "./inputs";
