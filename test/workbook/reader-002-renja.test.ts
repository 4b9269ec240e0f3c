/**
 * Seed 002 Tabel 3.2 (Renja 2024 plan form) and Tabel 4.1 (rumusan rencana), the two tables
 * whose programme pagu conflict (KE002-25), read into the model: columns placed, the urusan row
 * as the total, programme › kegiatan › sub kegiatan, and Tabel 4.1's number row "(1)…(5)" that
 * Excel stored as −1…−5 not taken for data. As in reader-002.test.ts, the Rupiah of a
 * programme › kegiatan › sub kegiatan table are expected as anggaran rows (tingkat, parent: what
 * the roll-up and cross-table rules need), whatever else the indicators give.
 */
import { toGrids, type LayoutWorkbook } from "../support/layout";
import { t32, T32_FIRST_ROW, T32_SHEET } from "../fixtures/layouts/seed002-t32";
import { t41, T41_FIRST_ROW, T41_SHEET } from "../fixtures/layouts/seed002-t41";
import { readModel } from "../../src/workbook";
import type { Model, TableInfo } from "../../src/engine/model/types";

function read(wb: LayoutWorkbook): { model?: Model; error?: string } {
  try {
    return { model: readModel(toGrids(wb), {}) };
  } catch (e) {
    return { error: String(e instanceof Error ? (e.stack ?? e.message) : e) };
  }
}
const fieldAt = (t: TableInfo | undefined, col: string): string =>
  Object.entries(t?.fields ?? {}).find(([, c]) => c === col)?.[0] ?? "(none)";

/**
 * Column → field. `lokasi` and `pagu2025` have no model property yet: the location column and
 * the "Prakiraan Maju Rencana Tahun 2025" Rupiah (the year after the title's 2024).
 */
const T32_COLUMNS: [string, string][] = [
  ["B", "uraian"],
  ["C", "indikator"],
  ["D", "lokasi"],
  ["E", "target"],
  ["F", "pagu"],
  ["G", "sumberDana"],
  ["H", "target2025"],
  ["I", "pagu2025"],
];
const T41_COLUMNS: [string, string][] = [
  ["A", "kode"],
  ["B", "uraian"],
  ["C", "target"],
  ["D", "pagu"],
  ["E", "sumberDana"],
];

describe.each([
  ["Tabel 3.2", t32, T32_SHEET, T32_COLUMNS, "kinerja+anggaran", "A4:I72"],
  ["Tabel 4.1", t41, T41_SHEET, T41_COLUMNS, "anggaran", "A6:E86"],
])("002 %s: every column of the header is placed", (_n, wb, sheet, columns, kind, range) => {
  const { model, error } = read(wb);
  const table = model?.tables.find((t) => t.sheet === sheet);
  it("reads without an exception, one table over header and rows", () => {
    expect({ error, tables: model?.tables.map((t) => ({ kind: t.kind, range: t.range })) }).toEqual({
      error: undefined,
      tables: [{ kind, range }],
    });
  });
  it.each(columns)("column %s is %s", (col, name) => {
    expect({ col, field: fieldAt(table, col) }).toEqual({ col, field: name });
  });
});

describe.each([
  // [table, layout, sheet, first data row, total pagu, programmes, kegiatan, sub kegiatan]
  ["Tabel 3.2", t32, T32_SHEET, T32_FIRST_ROW, 23633051862, 8, 16, 41],
  ["Tabel 4.1", t41, T41_SHEET, T41_FIRST_ROW, 20549417269, 9, 18, 51],
])("002 %s: the urusan row is the total, then the hierarchy", (_n, wb, sheet, first, total, p, k, s) => {
  const rows = read(wb).model?.anggaran.filter((a) => a.table.startsWith(`${sheet}!`)) ?? [];
  it(`row ${first} (URUSAN PEMERINTAHAN BIDANG …) is the total`, () => {
    const totals = rows
      .filter((a) => a.rowKind === "total")
      .map((a) => `${a.pagu?.origin.cell}=${a.pagu?.num}`);
    expect(totals).toEqual([`${sheet === T32_SHEET ? "F" : "D"}${first}=${total}`]);
  });
  it(`${p} programmes, ${k} kegiatan, ${s} sub kegiatan`, () => {
    const count = (t: string) => rows.filter((a) => a.rowKind === "data" && a.tingkat === t).length;
    expect({ p: count("program"), k: count("kegiatan"), s: count("sub_kegiatan") }).toEqual({ p, k, s });
  });
  it("no row is read from above the first data row (titles, header, number row)", () => {
    expect(rows.filter((a) => a.row < first).map((a) => a.row)).toEqual([]);
  });
});

describe("002 Tabel 3.2: the urusan line and programme lines are the budget's, not skipped indicators", () => {
  it("no warning about a row with numbers and no indicator name", () => {
    const warnings = (read(t32).model?.diagnostics ?? []).filter((d) => d.severity === "warning");
    expect(warnings.map((d) => `${d.cell} ${d.message}`)).toEqual([]);
  });
});
