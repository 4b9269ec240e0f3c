import type { Finding } from "../engine/check/finding";
import { evaluateWorkbook, type WorkbookEval } from "../engine/evaluate";
import type { AgencyEval, AnggaranEval, EfisiensiIndikator, EfisiensiSasaran } from "../engine/evaluate";
import type { EvalContext, Evaluated, Totals } from "../engine/evaluate";
import type { Model } from "../engine/model/types";
import type { ReportOptions } from "./options";

export type { Evaluated, Totals };
export { hasRealisasi, NO_REALISASI, rootsOf, totalsOf, reportsThisYear } from "../engine/evaluate";

/** Everything the sheets need: the job's one evaluation (evaluateWorkbook) plus what only the report prints. */
export type ReportContext = {
  model: Model;
  options: ReportOptions;
  findings: Finding[];
  tahun?: number;
  instansi: string;
  evalCtx: EvalContext;
  indikator: Evaluated[]; // every indicator of the workbook, each once
  kinerja: Evaluated[]; // those with a target or realisasi of the reporting year: the PK's indicators
  anggaran: AnggaranEval[]; // rows of the primary anggaran table, in sheet order
  totals: Totals | null; // null when there is no budget table
  efisiensi: EfisiensiSasaran[];
  efisiensiIndikator: EfisiensiIndikator[];
  agency: AgencyEval;
  evaluation: WorkbookEval;
};

/** The report's view of the job's evaluation; evaluates the model only when the caller has not. */
export function buildContext(
  model: Model,
  findings: Finding[],
  options: ReportOptions,
  evaluation: WorkbookEval = evaluateWorkbook(model, options),
): ReportContext {
  return {
    model,
    options,
    findings,
    tahun: evaluation.tahun,
    instansi: instansiOf(model),
    evalCtx: evaluation.ctx,
    indikator: evaluation.indikator,
    kinerja: evaluation.kinerja,
    anggaran: evaluation.anggaran,
    totals: evaluation.totals,
    efisiensi: evaluation.efisiensi,
    efisiensiIndikator: evaluation.efisiensiIndikator,
    agency: evaluation.agency,
    evaluation,
  };
}

function instansiOf(model: Model): string {
  return [model.profil.namaInstansi, model.profil.pemerintahDaerah]
    .map((s) => (s ?? "").trim())
    .filter((s) => s !== "")
    .join(" ");
}
