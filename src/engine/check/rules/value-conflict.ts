import { formatNumber } from "../../numbers";
import type { AnggaranRow, Indikator, Model, ModelCell } from "../../model/types";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";
import { sameStated, statedDecimals } from "../stated";
import { indikatorKey } from "../indikator-key";
import { budgetKey } from "../budget-key";

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
  // A table whose title names another year (a Renja's evaluation of 2022 beside its plan for 2024) is that year's.
  const yearOf = tableYears(model, ctx.tahun ?? model.tahun);
  const kinerja = tables(["kinerja", "kinerja+anggaran"]) > 1 ? model.indikator : [];
  const ambiguous = ambiguousNames(kinerja);
  for (const ind of kinerja) {
    if (ind.rowKind !== "data" || !ind.indikator) continue;
    const name = ind.indikator.text.trim();
    const key = indikatorKey(name);
    if (key === "" || ambiguous.has(key)) continue;
    const tahun = yearOf(ind.table);
    const cur = tahun === undefined ? "" : ` ${tahun}`;
    const e = (what: string): Entry => ({ table: ind.table, what, name, cell: ind.indikator as ModelCell });
    add(`i|${key}|t|${tahun}`, e(`Target${cur}`), ind.target);
    add(`i|${key}|r|${tahun}`, e(`Realisasi${cur}`), ind.realisasi);
    add(`i|${key}|akhir`, e("Target akhir Renstra"), ind.targetAkhir);
    if (!ind.years) continue;
    for (const [year, v] of Object.entries(ind.years)) {
      add(`i|${key}|t|${year}`, e(`Target ${year}`), v.target);
      add(`i|${key}|r|${year}`, e(`Realisasi ${year}`), v.realisasi);
    }
  }
  // Budgets of two tables are compared by name and level, never by row order (KE002-25: the pagu of the
  // Renja's Tabel 3.2 and 4.1); an urusan line above its programmes is compared with its namesake too.
  const budget = budgetRows(model);
  const levelOf = (r: AnggaranRow) => (r.rowKind === "total" ? "urusan" : r.tingkat);
  const nameOf = (r: AnggaranRow) => `${levelOf(r)} ${budgetKey((r.uraian as ModelCell).text.trim())}`;
  const twice = twiceInATable(budget.map((r) => ({ table: r.table, key: nameOf(r) })));
  for (const row of budget) {
    const name = (row.uraian as ModelCell).text.trim();
    // Where the code path is known it is the identity: "Belanja Barang" repeats under every sub kegiatan.
    const key = row.kunci ? `${row.kunci}|${indikatorKey(name)}` : budgetKey(name);
    if (key === "" || (!row.kunci && twice.has(nameOf(row)))) continue;
    const level = `a|${yearOf(row.table) ?? ""}|${levelOf(row)}|${key}`;
    add(`${level}|p`, { table: row.table, what: "Pagu", name, cell: row.uraian as ModelCell }, row.pagu);
    add(
      `${level}|r`,
      { table: row.table, what: "Realisasi anggaran", name, cell: row.uraian as ModelCell },
      row.realisasi,
    );
  }
  return out;
};

/** The year of each table: its own when its title named another, else the check's. */
function tableYears(model: Model, tahun: number | undefined): (table: string) => number | undefined {
  const own = new Map(model.tables.filter((t) => t.tahun !== undefined).map((t) => [t.id, t.tahun]));
  return (table) => own.get(table) ?? tahun;
}

/** Named budget rows (data rows and urusan lines) when they come from two tables or more. */
function budgetRows(model: Model): AnggaranRow[] {
  const named = model.anggaran.filter(
    (r) => (r.rowKind === "data" || (r.rowKind === "total" && r.leading)) && r.uraian,
  );
  const first = named[0]?.table;
  return named.some((r) => r.table !== first) ? named : [];
}

/**
 * Names that stand on two data rows of one table (an output and its komponen both called "SENSUS
 * EKONOMI 2026"): which of them another table means cannot be told, so they are not compared.
 */
function ambiguousNames(rows: Indikator[]): Set<string> {
  return twiceInATable(
    rows
      .filter((r) => r.rowKind === "data" && r.indikator)
      .map((r) => ({ table: r.table, key: indikatorKey((r.indikator as ModelCell).text.trim()) })),
  );
}

/** The keys that stand on two rows of one table. */
function twiceInATable(rows: { table: string; key: string }[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const r of rows) {
    const k = `${r.table}|${r.key}`;
    if (seen.has(k)) twice.add(r.key);
    seen.add(k);
  }
  return twice;
}

function show(cell: ModelCell): string {
  return formatNumber(cell.num as number, statedDecimals(cell));
}
