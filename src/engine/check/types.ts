import type { Scale } from "../kriteria";
import type { Model } from "../model/types";
import type { AnggaranEval, Evaluated, IndikatorEval } from "../evaluate";
import type { Finding, RuleId } from "./finding";

/**
 * The computed values every rule reads: one IndikatorEval per Model.indikator row, one AnggaranEval per Model.anggaran
 * row, and the indicators of the reporting year joined across tables (evaluateWorkbook's `kinerja`).
 */
export type Evals = { indikator: IndikatorEval[]; anggaran: AnggaranEval[]; kinerja?: Evaluated[] };

/** Settings a rule may need: the scale in force, the configured cap and the reporting year. */
export type CheckContext = { scale: Scale; batas: number | null; tahun?: number };

/** One consistency rule of docs/DOMAIN.md §8. */
export type Rule = (model: Model, evals: Evals, ctx: CheckContext) => Finding[];

export type RuleEntry = { id: RuleId; run: Rule };
