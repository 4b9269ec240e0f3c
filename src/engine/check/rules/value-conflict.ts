import { formatNumber } from "../../numbers";
import type { Indikator, ModelCell } from "../../model/types";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";
import { sameStated, statedDecimals } from "../stated";
import { indikatorKey } from "../indikator-key";

type Entry = { table: string; cell: ModelCell; what: string; name: string };

/**
 * VALUE_CONFLICT: the same indicator (by name) or program (by level and name) holds different target / realisasi /
 * target akhir / pagu in two tables (004: realisasi 2022 67,71 in Tabel 3.3, 67,70 in Lampiran 2). Rounding is not a conflict.
 * @example valueConflict(model, evals, ctx)[0].message //=> "Realisasi 2022 \"Persentase Koperasi Aktif\" tertulis 67,70 di sini tetapi 67,71 di Tabel 3.3!H7"
 */
export const valueConflict: Rule = (model, _evals, ctx) => {
  // The first entry of every key is kept; later ones from another table are compared with it (25 000 rows: no lists).
  const first = new Map<string, Entry>();
  const out: Finding[] = [];
  const add = (key: string, e: Entry, cell: ModelCell | undefined) => {
    if (!cell || cell.num === null) return;
    const seen = first.get(key);
    if (!seen) return void first.set(key, { ...e, cell });
    if (seen.table === e.table || sameStated(cell, seen.cell)) return;
    const at = `${seen.cell.origin.sheet}!${seen.cell.origin.cell}`;
    out.push(
      makeFinding(
        "VALUE_CONFLICT",
        "error",
        cell,
        `${e.what} "${e.name}" tertulis ${show(cell)} di sini tetapi ${show(seen.cell)} di ${at} (selisih ${formatNumber((cell.num as number) - (seen.cell.num as number))})`,
        cell.num,
        seen.cell.num,
      ),
    );
  };
  // A conflict needs two tables of the kind: one big Anggaran table has nothing to compare (and 20 000 keys cost time).
  const tables = (kinds: string[]) => model.tables.filter((t) => kinds.includes(t.kind)).length;
  const tahun = ctx.tahun ?? model.tahun;
  const cur = tahun === undefined ? "" : ` ${tahun}`;
  const kinerja = tables(["kinerja", "kinerja+anggaran"]) > 1 ? model.indikator : [];
  const ambiguous = ambiguousNames(kinerja);
  // A table read for its own title's year (a 2022 evaluation in a Renja 2024) states that year's values.
  const ownYear = new Map(model.tables.filter((t) => t.tahun !== undefined).map((t) => [t.id, t.tahun]));
  for (const ind of kinerja) {
    if (ind.rowKind !== "data" || !ind.indikator) continue;
    const name = ind.indikator.text.trim();
    const key = indikatorKey(name);
    if (key === "" || ambiguous.has(key)) continue;
    const e = (what: string): Entry => ({ table: ind.table, what, name, cell: ind.indikator as ModelCell });
    const year = ownYear.get(ind.table) ?? tahun;
    const label = ownYear.has(ind.table) ? ` ${year}` : cur;
    add(`i|${key}|t|${year}`, e(`Target${label}`), ind.target);
    add(`i|${key}|r|${year}`, e(`Realisasi${label}`), ind.realisasi);
    add(`i|${key}|akhir`, e("Target akhir Renstra"), ind.targetAkhir);
    if (!ind.years) continue;
    for (const [year, v] of Object.entries(ind.years)) {
      add(`i|${key}|t|${year}`, e(`Target ${year}`), v.target);
      add(`i|${key}|r|${year}`, e(`Realisasi ${year}`), v.realisasi);
    }
  }
  // The budget side of a kinerja+anggaran table (a Renja evaluation of an earlier year) is not a plan to compare.
  const budgetTables = new Set(model.tables.filter((t) => t.kind === "anggaran").map((t) => t.id));
  for (const row of budgetTables.size > 1 ? model.anggaran : []) {
    if (row.rowKind !== "data" || !row.uraian || !budgetTables.has(row.table)) continue;
    const name = row.uraian.text.trim();
    // Where the code path is known it is the identity: "Belanja Barang" repeats under every sub kegiatan.
    const key = row.kunci ? `${row.kunci}|${indikatorKey(name)}` : indikatorKey(name);
    if (key === "") continue;
    add(`a|${row.tingkat}|${key}|p`, { table: row.table, what: "Pagu", name, cell: row.uraian }, row.pagu);
    add(
      `a|${row.tingkat}|${key}|r`,
      { table: row.table, what: "Realisasi anggaran", name, cell: row.uraian },
      row.realisasi,
    );
  }
  return out;
};

/**
 * Names that stand on two data rows of one table (an output and its komponen both called "SENSUS
 * EKONOMI 2026"): which of them another table means cannot be told, so they are not compared.
 */
function ambiguousNames(rows: Indikator[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const ind of rows) {
    if (ind.rowKind !== "data" || !ind.indikator) continue;
    const k = `${ind.table}|${indikatorKey(ind.indikator.text.trim())}`;
    if (seen.has(k)) twice.add(indikatorKey(ind.indikator.text.trim()));
    seen.add(k);
  }
  return twice;
}

function show(cell: ModelCell): string {
  return formatNumber(cell.num as number, statedDecimals(cell));
}
