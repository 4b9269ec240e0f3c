import type { AnggaranEval } from "./types";

/**
 * The rows of the budget table the report shows: the anggaran table with the most rows that have
 * both pagu and realisasi (a revision table such as 000 Tabel II.3 has no realisasi), first on a
 * tie; its data rows only — the report prints its own totals — and without the per-sasaran budget rows
 * (Tingkat "sasaran", 004 Tabel 3.6), which restate the programs' money by another cut and would count it twice.
 * @example primaryAnggaran(evaluateAnggaran(model)).length //=> 52 (004 Tabel 3.7)
 */
export function primaryAnggaran(evals: AnggaranEval[]): AnggaranEval[] {
  const score = new Map<string, number>();
  const order: string[] = [];
  for (const e of evals) {
    if (!score.has(e.row.table)) order.push(e.row.table);
    const full =
      e.row.rowKind === "data" && e.row.tingkat !== "sasaran" && e.pagu !== null && e.realisasi !== null
        ? 1
        : 0;
    score.set(e.row.table, (score.get(e.row.table) ?? 0) + full);
  }
  let best: string | undefined;
  for (const t of order) if (best === undefined || (score.get(t) ?? 0) > (score.get(best) ?? 0)) best = t;
  return evals.filter((e) => e.row.table === best && e.row.rowKind === "data" && e.row.tingkat !== "sasaran");
}
