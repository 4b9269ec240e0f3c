import { rollUp, sisa, type BudgetNode } from "../engine/anggaran";
import type { Finding } from "../engine/check/finding";
import { efisiensiPerSasaran, evaluateAnggaran, evaluateIndikator, resolveScale } from "../engine/evaluate";
import type { AnggaranEval, EfisiensiSasaran, EvalContext, IndikatorEval } from "../engine/evaluate";
import { PERMENDAGRI_86 } from "../engine/kriteria";
import type { Indikator, Model } from "../engine/model/types";
import type { Result } from "../engine/result";
import { collectIndikator } from "./collect-indikator";
import { primaryAnggaran } from "./primary-anggaran";
import type { ReportOptions } from "./options";

export type Evaluated = { row: Indikator; eval: IndikatorEval };

/** Budget totals of the report, summed by the engine's rollUp. */
export type Totals = { pagu: number; realisasi: number; serapan: Result<number>; sisa: Result<number> };

/** Everything the sheets need, computed once by the engine so every sheet shows the same numbers. */
export type ReportContext = {
  model: Model;
  options: ReportOptions;
  findings: Finding[];
  tahun?: number;
  instansi: string;
  evalCtx: EvalContext;
  indikator: Evaluated[];
  anggaran: AnggaranEval[]; // rows of the primary anggaran table, in sheet order
  totals: Totals | null; // null when there is no budget table
  efisiensi: EfisiensiSasaran[];
};

/** Evaluates the model with the engine for the given options. */
export function buildContext(model: Model, findings: Finding[], options: ReportOptions): ReportContext {
  const scale = resolveScale(model);
  const tahun = options.tahun ?? model.tahun ?? model.profil.tahun;
  const evalCtx: EvalContext = { scale: scale.ok ? scale.value : PERMENDAGRI_86, batas: options.batas ?? null, tahun };
  const indikator = collectIndikator(model).map((row) => ({ row, eval: evaluateIndikator(row, evalCtx) }));
  const anggaran = primaryAnggaran(evaluateAnggaran(model));
  return {
    model,
    options,
    findings,
    tahun,
    instansi: instansiOf(model),
    evalCtx,
    indikator,
    anggaran,
    totals: totalsOf(anggaran),
    efisiensi: efisiensiPerSasaran(model, { ...evalCtx, metode: options.efisiensi ?? "selisih" }),
  };
}

function instansiOf(model: Model): string {
  return [model.profil.namaInstansi, model.profil.pemerintahDaerah]
    .map((s) => (s ?? "").trim())
    .filter((s) => s !== "")
    .join(" ");
}

const TOTAL_ID = "total";

/** Top-level rows of the budget table: no parent, or a parent outside the table. */
export function rootsOf(rows: AnggaranEval[]): AnggaranEval[] {
  const inTable = new Set(rows.map((r) => r.index));
  return rows.filter((r) => r.row.parent === undefined || !inTable.has(r.row.parent));
}

/** The grand total: the top-level rows hung under one extra node so rollUp sums them (DOMAIN.md §5). */
export function totalsOf(rows: AnggaranEval[]): Totals | null {
  if (rows.length === 0) return null;
  const inTable = new Set(rows.map((r) => r.index));
  const nodes: BudgetNode[] = [{ id: TOTAL_ID, parentId: null, pagu: null, realisasi: null }];
  for (const r of rows) {
    const parent = r.row.parent !== undefined && inTable.has(r.row.parent) ? String(r.row.parent) : TOTAL_ID;
    nodes.push({ id: String(r.index), parentId: parent, pagu: r.pagu, realisasi: r.realisasi });
  }
  const total = rollUp(nodes).get(TOTAL_ID);
  if (!total) return null;
  return { pagu: total.pagu, realisasi: total.realisasi, serapan: total.serapan, sisa: sisa(total.pagu, total.realisasi) };
}
