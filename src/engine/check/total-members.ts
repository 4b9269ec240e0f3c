import type { AnggaranRow, Model, Tingkat } from "../model/types";

const LEVEL: Record<Tingkat, number> = { sasaran: 0, program: 1, kegiatan: 2, sub_kegiatan: 3, lain: 4 };

/**
 * The rows a total row adds up: data rows of its table since the previous total (or up to the next, for a total printed
 * above its rows), top level only (no parent, and the highest tingkat present when the reader could not link parents),
 * so a program is never counted with its kegiatan.
 * A Rata-rata row averages the rows since the previous total or Rata-rata (one per program in the Renja evaluation form).
 * @example totalMembers(model, 9).length //=> 8
 */
export function totalMembers(model: Model, totalIndex: number): AnggaranRow[] {
  const total = model.anggaran[totalIndex];
  const scope: AnggaranRow[] = [];
  // An urusan line stands above its programmes: its rows follow it, up to the next total.
  const step = total.leading ? 1 : -1;
  for (let i = totalIndex + step; i >= 0 && i < model.anggaran.length; i += step) {
    const r = model.anggaran[i];
    if (r.table !== total.table) continue;
    // A Rata-rata row under each programme (Renja form Tabel 2.1) covers that programme only.
    if (r.rowKind === "total" || (total.rowKind === "average" && r.rowKind === "average")) break;
    if (r.rowKind === "data") step > 0 ? scope.push(r) : scope.unshift(r);
  }
  const top = scope.filter((r) => r.parent === undefined);
  if (top.length === 0) return [];
  const best = Math.min(...top.map((r) => LEVEL[r.tingkat] ?? 4));
  return top.filter((r) => (LEVEL[r.tingkat] ?? 4) === best);
}
