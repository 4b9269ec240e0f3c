/**
 * Seed 002 Tabel 2.1 (test/fixtures/layouts/seed002-t21.ts), the Permendagri 86/2017 Renja
 * evaluation form, read into the model: every column of its header placed (K and Rp of each
 * column group, the triwulan columns of the form), the English-format values, the programme ›
 * kegiatan › sub kegiatan hierarchy of its Rupiah side (anggaran rows with tingkat and parent, the
 * unlabelled closing sums as the total) and the Rata-rata / Predikat rows (issue 10).
 * A reader that throws fails by assertion, not by breaking the file.
 */
import { toGrids, type LayoutWorkbook } from "../support/layout";
import { t21, t21Triwulan, t21Row, T21_SHEET } from "../fixtures/layouts/seed002-t21";
import { readModel } from "../../src/workbook";
import type { Model, ModelCell, TableInfo } from "../../src/engine/model/types";

/** The model, or the reader's exception as text so that a throw shows up as a failed expectation. */
function read(wb: LayoutWorkbook, tahun?: number): { model?: Model; error?: string } {
  try {
    return { model: readModel(toGrids(wb), tahun === undefined ? undefined : { tahun }) };
  } catch (e) {
    return { error: String(e instanceof Error ? (e.stack ?? e.message) : e) };
  }
}
const tableOf = (m?: Model): TableInfo | undefined => m?.tables.find((t) => t.sheet === T21_SHEET);
/** The field mapped to a column letter, "(none)" when none is. */
const fieldAt = (t: TableInfo | undefined, col: string): string =>
  Object.entries(t?.fields ?? {}).find(([, c]) => c === col)?.[0] ?? "(none)";
/** "I38=0.63" for a number, "K9=" when empty, "-" when the field is missing. */
const c = (m: unknown): string => {
  const cell = m as ModelCell | undefined;
  return cell ? `${cell.origin.cell}=${cell.num ?? ""}` : "-";
};
const field = (row: object | undefined, name: string): unknown => (row as Record<string, unknown>)?.[name];

/**
 * Column → field of the printed table. Fields the model has no property for yet are named
 * after the model's pattern: `targetAkhirAnggaran` (column 5 Rp, the Renstra's final budget),
 * `realisasiAnggaran2021` (column 6 Rp), `realisasiKumulatif` / `realisasiAnggaranKumulatif`
 * (column 14, "Realisasi Kinerja dan Anggaran Renstra s/d Tahun …" = 6 + 12). Column 6 K is the
 * Renstra realisation up to 2021 (cumulative, "s.d"), read as that year's realisasi.
 */
const COMMON: [string, string][] = [
  // A "No" is empty in every data row: no field expected.
  ["B", "kode"],
  ["C", "uraian"], // programme / kegiatan name: the Indikator has no such property yet
  ["D", "indikator"],
  ["E", "targetAkhir"],
  ["F", "targetAkhirAnggaran"],
  ["G", "realisasi2021"],
  ["H", "realisasiAnggaran2021"],
  ["I", "target"],
  ["J", "pagu"],
];
const TAIL = ["realisasi", "realisasiAnggaran", "capaianStated", "serapanStated"];
const KUMULATIF = ["realisasiKumulatif", "realisasiAnggaranKumulatif"];
const PRINTED: [string, string][] = [
  ...COMMON,
  ...[...TAIL, ...KUMULATIF].map((f, i): [string, string] => ["KLMNOP"[i], f]),
];
/** Columns 8–11 of the form: realisasi per triwulan, K and Rp. */
const QUARTERS = [1, 2, 3, 4].flatMap((q) => [`realisasiTw${q}`, `realisasiAnggaranTw${q}`]);
const WITH_TRIWULAN: [string, string][] = [
  ...COMMON,
  ...[...QUARTERS, ...TAIL, ...KUMULATIF].map((f, i): [string, string] => ["KLMNOPQRSTUVWX"[i], f]),
];

describe.each([
  ["as printed", t21, PRINTED, "A4:P80"],
  ["with the form's triwulan columns", t21Triwulan, WITH_TRIWULAN, "A4:X81"],
])("002 Tabel 2.1 %s: every column of the header is placed", (_n, wb, columns, range) => {
  const { model, error } = read(wb, 2022);
  it("reads without an exception, one kinerja+anggaran table over header and rows", () => {
    expect(error).toBeUndefined();
    expect(model?.tables.map((t) => ({ kind: t.kind, range: t.range }))).toEqual([
      { kind: "kinerja+anggaran", range },
    ]);
  });
  it.each(columns)("column %s is %s", (col, name) => {
    expect({ col, field: fieldAt(tableOf(model), col) }).toEqual({ col, field: name });
  });
});

describe("002 Tabel 2.1: the year comes from the title '… s/d Tahun 2022'", () => {
  it("tahun 2022 without options", () => {
    const { model, error } = read(t21);
    expect({ error, tahun: model?.tahun }).toEqual({ error: undefined, tahun: 2022 });
  });
});

describe("002 Tabel 2.1: indicator values with their cells (English format: 0.065 stays 0.065)", () => {
  const { model } = read(t21, 2022);
  const at = (id: string) => model?.indikator.find((i) => i.row === t21Row(id));
  const FIELDS = ["targetAkhir", "target", "realisasi", "capaianStated", "realisasiKumulatif"];
  it.each([
    ["P1", ["E7=160", "I7=80", "K7=20", "M7=25", "O7="]],
    ["P1-i2", ["E8=90", "I8=90", "K8=22", "M8=24", "O8="]],
    ["P3", ["E38=1.26", "I38=0.63", "K38=0.065", "M38=10.32", "O38="]],
    ["P4", ["E43=", "I43=0.45", "K43=0.062", "M43=13.78", "O43="]],
    ["P5", ["E51=", "I51=90", "K51=0.95", "M51=1.06", "O51=1.06"]],
    ["P8", ["E73=0.66", "I73=0.66", "K73=0.05", "M73=7.58", "O73="]],
  ])("%s", (id, cells) => {
    expect(FIELDS.map((f) => c(field(at(id), f)))).toEqual(cells);
  });
  it("column 6 K is the 2021 realisasi", () => {
    expect(c(at("P1")?.years?.[2021]?.realisasi)).toBe("G7=80");
    expect(c(at("P3")?.years?.[2021]?.realisasi)).toBe("G38=0.22");
  });
  it("a kegiatan target with its unit keeps the text, '-' is no value", () => {
    expect(at("P1-K1")?.target?.text).toBe("13 Dok");
    expect(c(at("P1-K1")?.realisasi)).toBe("K9=");
  });
});

/**
 * The Rupiah side of the programme › kegiatan › sub kegiatan rows is expected as anggaran rows
 * with tingkat and parent (the roll-up rules KE002-13…17 need them), next to the indikator rows.
 */
describe("002 Tabel 2.1 with the form's triwulan columns: quarters exist, not reported", () => {
  const { model } = read(t21Triwulan, 2022);
  it("P1: realisasiTw cells K8, M8, O8, Q8, all empty", () => {
    const p1 = model?.indikator.find((i) => i.row === t21Row("P1", true));
    expect(p1?.realisasiTw?.map((q) => c(q))).toEqual(["K8=", "M8=", "O8=", "Q8="]);
  });
});

describe("002 Tabel 2.1: the budget side of a programme row (issue 10)", () => {
  const { model } = read(t21, 2022);
  const at = (id: string) => model?.indikator.find((i) => i.row === t21Row(id));
  it("budget side of a programme row, '92.15%' in percent", () => {
    const p1 = at("P1");
    expect(["pagu", "realisasiAnggaran", "serapanStated"].map((f) => c(field(p1, f)))).toEqual([
      "J7=11762079613",
      "L7=10839100308",
      "N7=92.15",
    ]);
    expect(p1?.serapanStated?.percent).toBe(true);
    expect(c(field(at("P3"), "realisasiAnggaranKumulatif"))).toBe("P38=115475300");
  });
});

describe("002 Tabel 2.1: hierarchy, total, Rata-rata and Predikat rows", () => {
  const { model } = read(t21, 2022);
  const rows = model?.anggaran.filter((a) => a.table.startsWith(`${T21_SHEET}!`)) ?? [];
  it("7 programmes, 13 kegiatan, 27 sub kegiatan (the narrative's count, L497) and the closing sums", () => {
    const count = (t: string) => rows.filter((a) => a.rowKind === "data" && a.tingkat === t).length;
    expect({ program: count("program"), kegiatan: count("kegiatan"), sub: count("sub_kegiatan") }).toEqual({
      program: 7,
      kegiatan: 13,
      sub: 27,
    });
    expect(rows.filter((a) => a.rowKind === "total").map((a) => c(a.pagu))).toEqual(["J78=22312585924"]);
  });
  it.each([
    ["P1-K1", "P1"],
    ["P1-K1-S2", "P1-K1"],
    ["P5-K1-S1", "P5-K1"],
  ])("%s rolls up into %s", (child, parent) => {
    const row = rows.find((a) => a.row === t21Row(child));
    const up = row?.parent === undefined ? undefined : model?.anggaran[row.parent];
    expect({ child, parentRow: up?.row }).toEqual({ child, parentRow: t21Row(parent) });
  });
  it("programme rata-rata rows are averages, with their stated Rp %", () => {
    const avg = [...(model?.indikator ?? []), ...rows].filter((r) => r.row === t21Row("P1-avg"));
    expect(avg.map((r) => r.rowKind)).toContain("average");
    expect(avg.map((r) => c(r.serapanStated))).toContain("N36=96.95");
  });
  it("Predikat Kinerja 'T' is a stated kriteria", () => {
    const pred = model?.indikator.find((i) => i.kriteriaStated?.origin.cell === "M37");
    expect(pred?.kriteriaStated?.text).toBe("T");
  });
});
