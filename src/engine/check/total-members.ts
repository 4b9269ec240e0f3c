import type { AnggaranRow, Model, Tingkat } from "../model/types";

const LEVEL: Record<Tingkat, number> = { sasaran: 0, program: 1, kegiatan: 2, sub_kegiatan: 3, lain: 4 };

/**
 * The rows a total row adds up: data rows of its table since the previous total, top level only (no parent, and the
 * highest tingkat present when the reader could not link parents), so a program is never counted with its kegiatan.
 * A Rata-rata row averages the rows since the previous total or Rata-rata (one per program in the Renja evaluation form).
 * @example totalMembers(model, 9).length //=> 8
 */
export function totalMembers(model: Model, totalIndex: number): AnggaranRow[] {
  const total = model.anggaran[totalIndex];
  const scope: AnggaranRow[] = [];
  for (let i = totalIndex - 1; i >= 0; i--) {
    const r = model.anggaran[i];
    if (r.table !== total.table) continue;
    if (r.rowKind === "total" || (total.rowKind === "average" && r.rowKind === "average")) break;
    if (r.rowKind === "data") scope.unshift(r);
  }
  const top = scope.filter((r) => r.parent === undefined);
  if (top.length === 0) return [];
  const best = Math.min(...top.map((r) => LEVEL[r.tingkat] ?? 4));
  return top.filter((r) => (LEVEL[r.tingkat] ?? 4) === best);
}
