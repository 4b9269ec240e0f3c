/** Thousands of random grids: the reader never throws and never puts NaN or Infinity in the model. */
import fc from "fast-check";
import { readModel } from "../../src/workbook";
import type { GridCell, SheetGrid } from "../../src/workbook/port";

const WORDS = [
  "No",
  "Indikator Kinerja",
  "Target",
  "Realisasi",
  "Capaian (%)",
  "Pagu",
  "Anggaran (Rp)",
  "Uraian",
  "Sasaran",
  "Jumlah",
  "Rata-rata",
  "Sumber : x",
  "Tabel 3.2 Tahun 2024",
  "TW I",
  "Triwulan",
  "Tahun 2021",
  "PROGRAM A",
  "Sub Kegiatan",
  "1.1.1",
  "(1)",
  "17,65%",
  "70.95",
  "Rp. 1.234,-",
  "(1.402.374.992)",
  "-",
  "23,130,080,992",
  "BB",
  "70–80",
  "Nama Instansi",
  "Tahun Laporan",
  "Batas Bawah",
  "Kriteria",
  "Warna",
  "%",
  "",
];

const cell: fc.Arbitrary<GridCell | null> = fc
  .oneof(
    fc.constant(null),
    fc.record({ v: fc.constantFrom(...WORDS), bold: fc.boolean() }),
    fc.record({ v: fc.string({ maxLength: 12 }) }),
    fc.record({
      v: fc.double(),
      fmt: fc.constantFrom(undefined, "0%", "0.00", "#,##0", "General", "dd/mm/yyyy", "0.0%;[Red]-0.0%"),
    }),
    fc.record({ v: fc.constantFrom(1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 2024, 0.9) }),
    fc.record({ v: fc.boolean() }),
    fc.record({ v: fc.constant(null), error: fc.constantFrom("#DIV/0!", "#VALUE!", "#N/A", "#REF!") }),
  )
  .map((c) => (c && "fmt" in c && c.fmt === undefined ? { v: c.v } : c) as GridCell | null);

const sheet: fc.Arbitrary<SheetGrid> = fc.record({
  name: fc.string({ maxLength: 8 }),
  origin: fc.record({ row: fc.integer({ min: 1, max: 5 }), col: fc.integer({ min: 1, max: 5 }) }),
  rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 }),
  merges: fc.option(
    fc.array(fc.constantFrom("A1:C1", "A2:A4", "B2:D2", "Z9:A1", "nonsense", "A1"), { maxLength: 3 }),
    { nil: undefined },
  ),
  tables: fc.option(
    fc.array(
      fc.record({ name: fc.constant("T"), range: fc.constantFrom("A1:E5", "B2:B2", "bad", "C3:A1") }),
      { maxLength: 2 },
    ),
    { nil: undefined },
  ),
});

/** Every number anywhere in the model. */
function numbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === "number") out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => numbers(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => numbers(v, out));
  return out;
}

describe("random grids never break the reader", () => {
  it("no exception, no NaN/Infinity, diagnostics in Indonesian with a sheet and cell", () => {
    fc.assert(
      fc.property(
        fc.array(sheet, { maxLength: 3 }),
        fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: undefined }),
        (grids, tahun) => {
          const m = readModel(grids, { tahun });
          for (const n of numbers(m)) expect(Number.isFinite(n)).toBe(true);
          for (const d of m.diagnostics) {
            expect(typeof d.sheet).toBe("string");
            expect(d.cell).toMatch(/^[A-Z]+\d+$/);
            expect(d.message).not.toMatch(/kesalahan program/);
          }
        },
      ),
      { numRuns: 2000, seed: 20240604 },
    );
  });
  it("structured random tables: header vocabulary with random bodies", () => {
    const header = fc.shuffledSubarray(
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Target",
        "Realisasi",
        "Capaian (%)",
        "Pagu",
        "Realisasi (Rp)",
        "%",
        "Uraian",
      ],
      { minLength: 2 },
    );
    fc.assert(
      fc.property(
        header,
        fc.array(fc.array(cell, { minLength: 10, maxLength: 10 }), { maxLength: 20 }),
        (head, body) => {
          const g: SheetGrid = {
            name: "S",
            origin: { row: 1, col: 1 },
            rows: [head.map((v) => ({ v })), ...body],
          };
          const m = readModel([g]);
          for (const n of numbers(m)) expect(Number.isFinite(n)).toBe(true);
          for (const d of m.diagnostics) expect(d.message).not.toMatch(/kesalahan program/);
        },
      ),
      { numRuns: 2000, seed: 7 },
    );
  });
});
