import { PERMENDAGRI_86, type Scale } from "../kriteria";
import type { MetodeEfisiensi } from "../efisiensi";
import type { Model } from "../model/types";
import type { EvaluateOptions } from "../options";
import type { Problem } from "../result";
import { agencyOf, efisiensiPerIndikator, type AgencyEval, type EfisiensiIndikator } from "./agency";
import { efisiensiOfGroups } from "./efisiensi-per-sasaran";
import { evaluateAnggaran } from "./evaluate-anggaran";
import { evaluateIndikator } from "./evaluate-indikator";
import { collectIndikator, reportsThisYear } from "./identity";
import { primaryAnggaran } from "./primary-anggaran";
import { resolveScale } from "./resolve-scale";
import { groupBySasaran } from "./sasaran-groups";
import { totalsOf, type Totals } from "./totals";
import type { AnggaranEval, EfisiensiSasaran, EvalContext, Evaluated, IndikatorEval } from "./types";

/** Everything computed from a workbook, once per job: the check and every report sheet read it, never the model's numbers. */
export type WorkbookEval = {
  options: EvaluateOptions;
  tahun?: number;
  scale: Scale;
  /** Why the workbook's Skala sheet was not used (the check reports it), null when it was or there is none. */
  scaleProblem: Problem | null;
  ctx: EvalContext;
  metode: MetodeEfisiensi;
  /** One per Model.indikator row, as typed (the check compares each stated cell with it). */
  rows: IndikatorEval[];
  /** One per Model.anggaran row, with the roll-up of its children. */
  budget: AnggaranEval[];
  /** Every indicator of the workbook once (collectIndikator: one identity rule), joined across tables. */
  indikator: Evaluated[];
  /** Those with a target or realisasi of the reporting year: the PK's indicators. */
  kinerja: Evaluated[];
  /** Rows of the primary budget table, in sheet order, and its totals (null without a budget table). */
  anggaran: AnggaranEval[];
  totals: Totals | null;
  efisiensi: EfisiensiSasaran[];
  efisiensiIndikator: EfisiensiIndikator[];
  agency: AgencyEval;
};

/**
 * The one evaluation of a workbook: scale and year resolved, every indicator and budget row, the sasaran groups and
 * their efficiency, the agency's totals. Pure; the same model and options always give the same result.
 * @example evaluateWorkbook(model, { batas: 100 }).agency.capaian //=> { ok: true, value: 74.9… } (004)
 */
export function evaluateWorkbook(model: Model, options: EvaluateOptions = {}): WorkbookEval {
  const resolved = resolveScale(model, options.skala);
  const tahun = options.tahun ?? model.tahun ?? model.profil.tahun;
  const batas = options.batas ?? null;
  const metode = options.efisiensi ?? "selisih";
  const ctx: EvalContext = { scale: resolved.ok ? resolved.value : PERMENDAGRI_86, batas, tahun };
  const budget = evaluateAnggaran(model);
  const indikator = collectIndikator(model).map((row) => ({ row, eval: evaluateIndikator(row, ctx) }));
  const kinerja = indikator.filter((e) => reportsThisYear(e.row));
  const anggaran = primaryAnggaran(budget);
  const totals = totalsOf(anggaran);
  const efisiensi = efisiensiOfGroups(model, groupBySasaran(kinerja), batas, metode, budget);
  return {
    options,
    tahun,
    scale: ctx.scale,
    scaleProblem: resolved.ok ? null : resolved,
    ctx,
    metode,
    rows: model.indikator.map((ind) => evaluateIndikator(ind, ctx)),
    budget,
    indikator,
    kinerja,
    anggaran,
    totals,
    efisiensi,
    efisiensiIndikator: efisiensiPerIndikator(efisiensi, metode),
    agency: agencyOf(kinerja, totals, batas, metode),
  };
}
