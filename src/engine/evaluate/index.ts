export type {
  EvalContext,
  IndikatorEval,
  YearEval,
  AnggaranEval,
  ProgramRef,
  EfisiensiSasaran,
} from "./types";
export type { SasaranGroup } from "./sasaran-groups";
export type { EngineInput } from "./inputs";
export { resolveScale } from "./resolve-scale";
export { evaluateIndikator } from "./evaluate-indikator";
export { evaluateAnggaran } from "./evaluate-anggaran";
export { efisiensiPerSasaran } from "./efisiensi-per-sasaran";
export { sasaranGroups } from "./sasaran-groups";
export { programsFor, assignPrograms, ownBudget } from "./programs-for";
export { normaliseKey } from "./normalise";
export { cellInput, quarterNums, annualInput } from "./inputs";
