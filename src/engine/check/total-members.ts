import type { AnggaranRow, Model, Tingkat } from "../model/types";

/** Rank of each tingkat, highest level first: a total adds up the highest level present. */
export const TINGKAT_RANK: Record<Tingkat, number> = {
  sasaran: 0,
  program: 1,
  kegiatan: 2,
  sub_kegiatan: 3,
  lain: 4,
};
const LEVEL = TINGKAT_RANK;
const MONEY = ["pagu", "realisasi", "paguSebelum"] as const;

/**
 * The rows a total row adds up: the top level of its block (no parent, and the highest tingkat present when the reader
 * could not link parents), so a program is never counted with its kegiatan. A block runs from the previous total row;
 * a total right after another total is the grand total of the blocks above it (Belanja Operasi, Belanja Modal, then
 * "Total Belanja"), and adds up their top levels. A group heading without amounts ("BELANJA OPERASI") counts by its
 * children. An urusan line printed above its programmes (`leading`) covers the rows after it, up to the next total;
 * a Rata-rata row covers the rows since the previous total or Rata-rata (one per program in the Renja evaluation form).
 * @example totalMembers(model, 9).length //=> 8
 */
export function totalMembers(model: Model, totalIndex: number): AnggaranRow[] {
  const total = model.anggaran[totalIndex];
  if (total.leading) return topOf(model, rowsAfter(model, totalIndex));
  const scope: number[] = [];
  let grand = false;
  for (let i = totalIndex - 1; i >= 0; i--) {
    const r = model.anggaran[i];
    if (r.table !== total.table) continue;
    if (total.rowKind === "average") {
      if (r.rowKind === "total" || r.rowKind === "average") break;
    } else if (r.rowKind === "total") {
      if (scope.length > 0 || grand || r.leading) {
        // the grand total's blocks end where an earlier grand total (a total after a total) stands
        if (!grand || r.leading || isGrand(model, i)) break;
        continue;
      }
      grand = true;
      continue;
    }
    if (r.rowKind === "data") scope.unshift(i);
  }
  return topOf(model, scope);
}

// The data rows after an urusan line, up to the next total of its table.
function rowsAfter(model: Model, index: number): number[] {
  const table = model.anggaran[index].table;
  const scope: number[] = [];
  for (let i = index + 1; i < model.anggaran.length; i++) {
    const r = model.anggaran[i];
    if (r.table !== table) continue;
    if (r.rowKind === "total") break;
    if (r.rowKind === "data") scope.push(i);
  }
  return scope;
}

/**
 * Everything a total row could close: the top levels of every block since the last grand total (or the table's start),
 * for a "TOTAL" that follows a last block printed without its own subtotal.
 * @example grandMembers(model, 12).length //=> 5
 */
export function grandMembers(model: Model, totalIndex: number): AnggaranRow[] {
  const table = model.anggaran[totalIndex].table;
  const scope: number[] = [];
  for (let i = totalIndex - 1; i >= 0; i--) {
    const r = model.anggaran[i];
    if (r.table !== table) continue;
    if (r.rowKind === "total" && isGrand(model, i)) break;
    if (r.rowKind === "data") scope.unshift(i);
  }
  return topOf(model, scope);
}

// A total row straight after another total row of its table.
function isGrand(model: Model, index: number): boolean {
  const table = model.anggaran[index].table;
  for (let i = index - 1; i >= 0; i--) {
    const r = model.anggaran[i];
    if (r.table !== table) continue;
    if (r.rowKind === "data") return false;
    if (r.rowKind === "total") return true;
  }
  return false;
}

function topOf(model: Model, scope: number[]): AnggaranRow[] {
  const inScope = new Set(scope);
  const kids = new Map<number, number[]>();
  for (const i of scope) {
    const p = model.anggaran[i].parent;
    if (p !== undefined && inScope.has(p)) kids.set(p, [...(kids.get(p) ?? []), i]);
  }
  const out: AnggaranRow[] = [];
  const visit = (i: number): void => {
    const r = model.anggaran[i];
    const empty = MONEY.every((f) => r[f]?.num === undefined || r[f]?.num === null);
    if (empty && kids.has(i)) kids.get(i)!.forEach(visit);
    else out.push(r);
  };
  scope.filter((i) => model.anggaran[i].parent === undefined).forEach(visit);
  if (out.length === 0) return [];
  const best = Math.min(...out.map((r) => LEVEL[r.tingkat] ?? 4));
  return out.filter((r) => (LEVEL[r.tingkat] ?? 4) === best);
}
