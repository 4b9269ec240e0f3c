import { formatNumber } from "../../numbers";
import type { ModelCell } from "../../model/types";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";
import { sameStated, statedDecimals } from "../stated";
import { indikatorKey } from "../indikator-key";

type Entry = { table: string; cell: ModelCell };

/**
 * VALUE_CONFLICT: the same indicator (by name) or program (by level and name) holds different target / realisasi /
 * target akhir / pagu in two tables (004: realisasi 2022 67,71 in Tabel 3.3, 67,70 in Lampiran 2). Rounding is not a conflict.
 * @example valueConflict(model, evals, ctx)[0].message //=> "Realisasi 2022 \"Persentase Koperasi Aktif\" tertulis 67,70 di sini tetapi 67,71 di Tabel 3.3!H7"
 */
export const valueConflict: Rule = (model, _evals, ctx) => {
  const groups = new Map<string, { label: string; entries: Entry[] }>();
  const add = (key: string, label: string, table: string, cell: ModelCell | undefined) => {
    if (!cell || cell.num === null) return;
    const g = groups.get(key) ?? { label, entries: [] };
    g.entries.push({ table, cell });
    groups.set(key, g);
  };
  const tahun = ctx.tahun ?? model.tahun;
  for (const ind of model.indikator) {
    const name = ind.indikator?.text.trim() ?? "";
    const key = indikatorKey(name);
    if (ind.rowKind !== "data" || key === "") continue;
    const cur = tahun === undefined ? "" : ` ${tahun}`;
    add(`i|${key}|t|${tahun}`, `Target${cur} "${name}"`, ind.table, ind.target);
    add(`i|${key}|r|${tahun}`, `Realisasi${cur} "${name}"`, ind.table, ind.realisasi);
    add(`i|${key}|akhir`, `Target akhir Renstra "${name}"`, ind.table, ind.targetAkhir);
    for (const [year, v] of Object.entries(ind.years ?? {})) {
      add(`i|${key}|t|${year}`, `Target ${year} "${name}"`, ind.table, v.target);
      add(`i|${key}|r|${year}`, `Realisasi ${year} "${name}"`, ind.table, v.realisasi);
    }
  }
  for (const row of model.anggaran) {
    const name = row.uraian?.text.trim() ?? "";
    const key = indikatorKey(name);
    if (row.rowKind !== "data" || key === "") continue;
    add(`a|${row.tingkat}|${key}|p`, `Pagu "${name}"`, row.table, row.pagu);
    add(`a|${row.tingkat}|${key}|r`, `Realisasi anggaran "${name}"`, row.table, row.realisasi);
  }
  const out: Finding[] = [];
  for (const { label, entries } of groups.values()) {
    const first = entries[0];
    for (const e of entries.slice(1)) {
      if (e.table === first.table || sameStated(e.cell, first.cell)) continue;
      const at = `${first.cell.origin.sheet}!${first.cell.origin.cell}`;
      out.push(makeFinding("VALUE_CONFLICT", "error", e.cell,
        `${label} tertulis ${show(e.cell)} di sini tetapi ${show(first.cell)} di ${at} (selisih ${formatNumber((e.cell.num as number) - (first.cell.num as number))})`,
        e.cell.num, first.cell.num));
    }
  }
  return out;
};

function show(cell: ModelCell): string {
  return formatNumber(cell.num as number, statedDecimals(cell));
}
