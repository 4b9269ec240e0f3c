import { rollUp, sisa, type BudgetNode } from "../engine/anggaran";
import type { Finding } from "../engine/check/finding";
import {
  cellInput,
  efisiensiPerSasaran,
  evaluateAnggaran,
  evaluateIndikator,
  quarterNums,
  resolveScale,
} from "../engine/evaluate";
import type { AnggaranEval, EfisiensiSasaran, EvalContext, IndikatorEval } from "../engine/evaluate";
import { PERMENDAGRI_86 } from "../engine/kriteria";
import type { Indikator, Model } from "../engine/model/types";
import { problem, type Result } from "../engine/result";
import { collectIndikator } from "./collect-indikator";
import { primaryAnggaran } from "./primary-anggaran";
import type { ReportOptions } from "./options";

export type Evaluated = { row: Indikator; eval: IndikatorEval };

/** Budget totals of the report, summed by the engine's rollUp; realisasi null when the table has none (a DPA or revision table). */
export type Totals = {
  pagu: number;
  realisasi: number | null;
  serapan: Result<number>;
  sisa: Result<number>;
};

/** Everything the sheets need, computed once by the engine so every sheet shows the same numbers. */
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
};

/** Evaluates the model with the engine for the given options. */
export function buildContext(model: Model, findings: Finding[], options: ReportOptions): ReportContext {
  const scale = resolveScale(model);
  const tahun = options.tahun ?? model.tahun ?? model.profil.tahun;
  const evalCtx: EvalContext = {
    scale: scale.ok ? scale.value : PERMENDAGRI_86,
    batas: options.batas ?? null,
    tahun,
  };
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
    kinerja: indikator.filter((e) => reportsThisYear(e.row)),
    anggaran,
    totals: totalsOf(anggaran),
    efisiensi: efisiensiPerSasaran(efisiensiInput(model), {
      ...evalCtx,
      metode: options.efisiensi ?? "selisih",
    }),
  };
}

/**
 * An indicator kept only for comparison (004 Tabel 3.3: the previous Renstra's indicators, 2021–2023)
 * has no target or realisasi this year: it belongs in Perbandingan Tahun, not in the year's capaian,
 * its sasaran's mean or the efficiency analysis.
 */
export function reportsThisYear(row: Indikator): boolean {
  return (
    [row.target, row.realisasi].some((c) => cellInput(c) !== null) ||
    [row.targetTw, row.realisasiTw].some((q) => quarterNums(q) !== null)
  );
}

// The efficiency analysis reads only this year's indicators and the program rows (engine programsFor looks at
// nothing else); handing it just those keeps it fast on 20,000 budget rows.
function efisiensiInput(model: Model): Model {
  return {
    ...model,
    indikator: model.indikator.filter(reportsThisYear),
    anggaran: model.anggaran.filter((row) => row.tingkat === "program"),
  };
}

function instansiOf(model: Model): string {
  return [model.profil.namaInstansi, model.profil.pemerintahDaerah]
    .map((s) => (s ?? "").trim())
    .filter((s) => s !== "")
    .join(" ");
}

const TOTAL_ID = "total";

export const NO_REALISASI = "Tabel anggaran tidak memuat realisasi: serapan dan sisa tidak dihitung";

/** Whether any row of the budget table states a realisasi (000 Tabel II.3 states only pagu before and after revision). */
export function hasRealisasi(rows: AnggaranEval[]): boolean {
  return rows.some((r) => r.realisasi !== null);
}

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
  if (!hasRealisasi(rows)) {
    const none = problem("#N/A", NO_REALISASI);
    return { pagu: total.pagu, realisasi: null, serapan: none, sisa: none };
  }
  return {
    pagu: total.pagu,
    realisasi: total.realisasi,
    serapan: total.serapan,
    sisa: sisa(total.pagu, total.realisasi),
  };
}
