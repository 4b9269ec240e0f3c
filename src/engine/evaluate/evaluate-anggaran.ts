import { problem, type Result } from "../result";
import { rollUp, serapan, sisa, type BudgetNode } from "../anggaran";
import type { Model } from "../model/types";
import type { AnggaranEval } from "./types";

/**
 * Per anggaran row: pagu/realisasi as stated, Σ children for parents (engine rollUp), serapan and sisa from the row's own numbers.
 * @example evaluateAnggaran(model)[0] //=> { index: 0, pagu: 100, realisasi: 90, children: 2, computed: { pagu: 100, … }, serapan: ok(90), … }
 */
export function evaluateAnggaran(model: Model): AnggaranEval[] {
  const nodes: BudgetNode[] = [];
  model.anggaran.forEach((row, i) => {
    if (row.rowKind !== "data") return;
    const parent =
      row.parent !== undefined && model.anggaran[row.parent]?.rowKind === "data" ? String(row.parent) : null;
    nodes.push({
      id: String(i),
      parentId: parent,
      pagu: row.pagu?.num ?? null,
      realisasi: row.realisasi?.num ?? null,
    });
  });
  const rolled = rollUp(nodes);
  return model.anggaran.map((row, index) => {
    const pagu = row.pagu?.num ?? null;
    const realisasi = row.realisasi?.num ?? null;
    const r = rolled.get(String(index));
    const parent = r !== undefined && !r.leaf && r.children > 0;
    return {
      index,
      row,
      pagu,
      realisasi,
      children: r?.children ?? 0,
      computed: parent ? { pagu: r.pagu, realisasi: r.realisasi, serapan: r.serapan } : undefined,
      serapan: both(pagu, realisasi, serapan, "serapan"),
      sisa: both(pagu, realisasi, sisa, "sisa"),
    };
  });
}

function both(
  pagu: number | null,
  realisasi: number | null,
  fn: (p: number, r: number) => Result<number>,
  what: string,
): Result<number> {
  if (pagu === null || realisasi === null)
    return problem("#N/A", `Pagu atau realisasi kosong: ${what} tidak dapat dihitung`);
  return fn(pagu, realisasi);
}
