/**
 * The explicit mapping ("peta", src/workbook/peta.ts): a table inference cannot place is read the way
 * the user maps it, a wrong inferred reading is overridden, and a bad mapping is reported in
 * Indonesian and never fatal.
 */
import { readModel } from "../../src/workbook";
import type { Peta } from "../../src/workbook/peta";
import { isPetaField, petaOf } from "../../src/workbook/peta";
import { toGrids, type LayoutWorkbook } from "../support/layout";

/** Headers no vocabulary knows: "Nama Ukuran" is the indicator, "Rencana"/"Hasil" target/realisasi. */
const odd: LayoutWorkbook = {
  name: "odd headers",
  sheets: [
    {
      name: "Data",
      rows: [
        ["Rekap capaian 2024"],
        [],
        ["No", "Nama Ukuran", "Ukuran", "Rencana", "Hasil"],
        ["1", "Persentase koperasi aktif", "%", 70, 67.71],
        ["2", "Jumlah UMKM binaan", "unit", 120, 150],
      ],
    },
  ],
};

const petaOdd: Peta = {
  versi: 1,
  tabel: [
    {
      lembar: "Data",
      judul: "A3:E3",
      jenis: "kinerja",
      kolom: { A: "kode", B: "indikator", C: "satuan", D: "target", E: "realisasi" },
    },
  ],
};

describe("peta: the user's mapping wins over inference", () => {
  it("without a peta the odd table is not read as kinerja", () => {
    const m = readModel(toGrids(odd), { tahun: 2024 });
    expect(m.indikator).toHaveLength(0);
  });
  it("with it, every row is read with its cells", () => {
    const m = readModel(toGrids(odd), { tahun: 2024, peta: petaOdd });
    expect(m.tables.map((t) => [t.sheet, t.kind, t.source, t.rows])).toEqual([
      ["Data", "kinerja", "peta", 2],
    ]);
    expect(
      m.indikator.map((i) => [i.indikator?.text, i.target?.num, i.realisasi?.num, i.realisasi?.origin.cell]),
    ).toEqual([
      ["Persentase koperasi aktif", 70, 67.71, "E4"],
      ["Jumlah UMKM binaan", 120, 150, "E5"],
    ]);
  });
  it("a column the peta does not name is ignored", () => {
    const peta: Peta = { versi: 1, tabel: [{ ...petaOdd.tabel[0], kolom: { B: "indikator", D: "target" } }] };
    const m = readModel(toGrids(odd), { tahun: 2024, peta });
    expect(m.indikator[0].realisasi).toBeUndefined();
    expect(m.tables[0].columns?.find((c) => c.column === "E")?.field).toBeNull();
  });
  it("overrides an inferred reading of the same table", () => {
    const plain: LayoutWorkbook = {
      name: "plain",
      sheets: [
        {
          name: "K",
          rows: [
            ["Indikator", "Target", "Realisasi", "Target Akhir"],
            ["A", 10, 8, 20],
          ],
        },
      ],
    };
    // The user says column D is this year's target and B an earlier year's.
    const peta: Peta = {
      versi: 1,
      tabel: [
        {
          lembar: "K",
          judul: "A1:D1",
          kolom: { A: "indikator", B: "target2023", C: "realisasi", D: "target" },
        },
      ],
    };
    const m = readModel(toGrids(plain), { tahun: 2024, peta });
    expect(m.tables).toHaveLength(1);
    expect(m.indikator[0].target?.num).toBe(20);
    expect(m.indikator[0].years?.[2023]?.target?.num).toBe(10);
  });
  it("a code split over several columns can be mapped as one range", () => {
    const split: LayoutWorkbook = {
      name: "split",
      sheets: [
        {
          name: "S",
          rows: [
            ["Kode", null, "Uraian", "Pagu", "Realisasi"],
            ["1", "02", "Program A", 1000, 900],
          ],
        },
      ],
    };
    const peta: Peta = {
      versi: 1,
      tabel: [
        {
          lembar: "S",
          judul: "A1:E1",
          jenis: "anggaran",
          kolom: { "A:B": "kode", C: "uraian", D: "pagu", E: "realisasiAnggaran" },
        },
      ],
    };
    const row = readModel(toGrids(split), { peta }).anggaran[0];
    expect([row.kode?.text, row.pagu?.num, row.realisasi?.num]).toEqual(["1.02", 1000, 900]);
  });
});

describe("peta: a wrong entry is reported, never fatal", () => {
  it.each<[string, Peta, RegExp]>([
    [
      "a sheet that does not exist",
      { versi: 1, tabel: [{ ...petaOdd.tabel[0], lembar: "Tidak Ada" }] },
      /lembar "Tidak Ada" tidak ada/,
    ],
    [
      "a header that is no range",
      { versi: 1, tabel: [{ ...petaOdd.tabel[0], judul: "baris 3" }] },
      /bukan rentang sel/,
    ],
    [
      "an unknown field",
      { versi: 1, tabel: [{ ...petaOdd.tabel[0], kolom: { B: "namaIndikator" } }] },
      /bukan nama isian/,
    ],
    [
      "a bad column",
      { versi: 1, tabel: [{ ...petaOdd.tabel[0], kolom: { B2: "indikator" } }] },
      /bukan huruf kolom/,
    ],
    [
      "one field on two columns",
      { versi: 1, tabel: [{ ...petaOdd.tabel[0], kolom: { B: "indikator", C: "indikator" } }] },
      /dua kolom/,
    ],
  ])("%s", (_n, peta, message) => {
    const m = readModel(toGrids(odd), { tahun: 2024, peta });
    expect(m.diagnostics.some((d) => d.severity === "error" && message.test(d.message))).toBe(true);
    expect(m.tables.every((t) => t.source !== "peta")).toBe(true);
  });
});

describe("peta: what baca prints can be given back", () => {
  it("petaOf reproduces an inferred reading, and reading with it gives the same rows", () => {
    const wb: LayoutWorkbook = {
      name: "rt",
      sheets: [
        {
          name: "K",
          rows: [
            ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
            ["1", "A", "%", 70, 67.71, 96.73],
            ["2", "B", "unit", 10, 12, 120],
          ],
        },
      ],
    };
    const inferred = readModel(toGrids(wb), { tahun: 2024 });
    const peta = petaOf(inferred.tables);
    expect(peta.tabel).toEqual([
      {
        lembar: "K",
        judul: "A1:F1",
        jenis: "kinerja",
        kolom: { A: "kode", B: "indikator", C: "satuan", D: "target", E: "realisasi", F: "capaianStated" },
      },
    ]);
    const mapped = readModel(toGrids(wb), { tahun: 2024, peta });
    const strip = (m: typeof inferred) => m.indikator.map((i) => ({ ...i, table: "" }));
    expect(strip(mapped)).toEqual(strip(inferred));
  });
  it.each(["target", "target2023", "realisasiTw4", "pagu", "capaian2022"])(
    "%s is a field a peta may use",
    (f) => expect(isPetaField(f)).toBe(true),
  );
  it.each(["Target", "targetTw5", "capaian1999x", "__proto__"])("%s is not", (f) =>
    expect(isPetaField(f)).toBe(false),
  );
});
