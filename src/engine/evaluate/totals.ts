import { rollUp, sisa, type BudgetNode } from "../anggaran";
import { problem, type Result } from "../result";
import type { AnggaranEval } from "./types";

/** Budget totals, summed by the engine's rollUp; realisasi null when the table has none (a DPA or revision table). */
export type Totals = {
  pagu: number;
  realisasi: number | null;
  serapan: Result<number>;
  sisa: Result<number>;
};

const TOTAL_ID = "total";

export const NO_REALISASI = "Tabel anggaran tidak memuat realisasi: serapan dan sisa tidak dihitung";

/**
 * Whether any row of the budget table states a realisasi (000 Tabel II.3 states only pagu before and after revision).
 * @example hasRealisasi([]) //=> false
 */
export function hasRealisasi(rows: AnggaranEval[]): boolean {
  return rows.some((r) => r.realisasi !== null);
}

/**
 * Top-level rows of the budget table: no parent, or a parent outside the table.
 * @example rootsOf(primary).map((r) => r.row.tingkat) //=> ["program", "program", …]
 */
export function rootsOf(rows: AnggaranEval[]): AnggaranEval[] {
  const inTable = new Set(rows.map((r) => r.index));
  return rows.filter((r) => r.row.parent === undefined || !inTable.has(r.row.parent));
}

/**
 * The grand total: the top-level rows hung under one extra node so rollUp sums them (docs/DOMAIN.md §5).
 * @example totalsOf(primary)?.pagu //=> 9_865_481_222 (004)
 */
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
