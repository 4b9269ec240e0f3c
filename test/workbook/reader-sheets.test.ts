/** Profil, Skala, Excel Tables, page breaks pasted from a PDF, and the reporting year's sources. */
import { readModel } from "../../src/workbook";
import type { GridCell, SheetGrid } from "../../src/workbook/port";

type Seed = string | number | null | GridCell;
const grid = (name: string, rows: Seed[][], extra: Partial<SheetGrid> = {}): SheetGrid => ({
  name,
  origin: { row: 1, col: 1 },
  rows: rows.map((r) => r.map((v) => (v === null ? null : typeof v === "object" ? v : { v }))),
  ...extra,
});

const PROFIL = grid("Profil", [
  ["PROFIL INSTANSI"],
  ["Nama Instansi", ":", "Dinas Koperasi dan UKM"],
  ["Pemerintah Daerah", "Kabupaten Indragiri Hilir"],
  ["Tahun Laporan", 2024],
  ["Periode Renstra", "2021-2026"],
  ["Kepala", "Drs. H. Contoh, M.Si"],
  ["NIP", "19700101 199003 1 001"],
  ["Tempat", "Tembilahan"],
  ["Tanggal", { v: 45688, fmt: "dd/mm/yyyy" }],
]);
const KINERJA = grid("Kinerja", [
  ["Tabel Capaian Kinerja Tahun 2022"],
  ["No", "Indikator Kinerja", "Target 2024", "Realisasi 2024", "Realisasi 2023"],
  [1, "Indikator A", 80, 72, 70],
]);

describe("Profil: label/value pairs, the first source of the reporting year", () => {
  const m = readModel([PROFIL, KINERJA], { tahun: 2030 });
  it("reads every label", () => {
    expect(m.profil).toMatchObject({
      namaInstansi: "Dinas Koperasi dan UKM",
      pemerintahDaerah: "Kabupaten Indragiri Hilir",
      tahun: 2024,
      periodeRenstra: "2021-2026",
      kepala: "Drs. H. Contoh, M.Si",
      nip: "19700101 199003 1 001",
      tempat: "Tembilahan",
      tanggal: "31 Januari 2025",
    });
    expect(m.profil.origin?.tahun).toEqual({ sheet: "Profil", cell: "B4" });
    expect(m.profil.origin?.namaInstansi).toEqual({ sheet: "Profil", cell: "C2" });
    expect(m.tables[0]).toMatchObject({ kind: "profil", sheet: "Profil", range: "A2:C9" });
  });
  it("Profil beats the title (2022) and the options (2030): 'Target 2024' is the target", () => {
    expect(m.tahun).toBe(2024);
    expect(m.tables[1].fields).toEqual({
      kode: "A",
      indikator: "B",
      target: "C",
      realisasi: "D",
      realisasi2023: "E",
    });
  });
});

describe("Skala sheet: lower bound, label, colour", () => {
  it.each([
    [
      "columns Batas Bawah / Kriteria / Warna",
      grid("Skala", [
        ["Batas Bawah", "Kriteria", "Warna"],
        [91, "Sangat Tinggi", "#00B050"],
        [76, "Tinggi", "#92D050"],
        [null, "Sangat Rendah", "#FF0000"],
      ]),
      [
        [91, "Sangat Tinggi", "#00B050"],
        [76, "Tinggi", "#92D050"],
        [null, "Sangat Rendah", "#FF0000"],
      ],
    ],
    [
      "000 Tabel III.1 intervals",
      grid("III.1", [
        ["No.", "Interval Nilai Realisasi Kinerja", "Kriteria Penilaian Realisasi Kinerja", "KRITERIA Kode"],
        ["1.", "91 ≤ 100", "Sangat Baik", "Hijau Tua"],
        ["5.", "≤ 50", "Sangat Rendah", "Merah"],
      ]),
      [
        [91, "Sangat Baik", "Hijau Tua"],
        [null, "Sangat Rendah", "Merah"],
      ],
    ],
  ])("%s", (_n, g, expected) => {
    const m = readModel([g]);
    expect(m.tables[0].kind).toBe("skala");
    expect((m.skala ?? []).map((r) => [r.min.num, r.label.text, r.color?.text])).toEqual(expected);
  });
});

describe("an Excel Table object is used when the grid lists it", () => {
  it("reads exactly its range, even with a blank header neighbour", () => {
    const g = grid(
      "Anggaran",
      [
        ["Kode", "Tingkat", "Uraian", "Pagu", "Realisasi"],
        ["1", "Program", "Program A", 100, 90],
        ["1.1", "Kegiatan", "Kegiatan A", 100, 90],
        [],
        ["9", "Program", "di luar tabel", 1, 1],
      ],
      { tables: [{ name: "Anggaran", range: "A1:E3" }] },
    );
    const m = readModel([g], { tahun: 2024 });
    expect(m.tables[0]).toMatchObject({ kind: "anggaran", range: "A1:E3", rows: 2 });
    expect(m.anggaran.map((a) => [a.tingkat, a.parent, a.pagu?.origin.cell])).toEqual([
      ["program", undefined, "D2"],
      ["kegiatan", 0, "D3"],
    ]);
  });
});

describe("a header repeated after a page break is skipped and the split row joined", () => {
  const HEAD = ["No.", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi"];
  const m = readModel([
    grid("PK", [
      ["Tabel 3.2 Capaian Kinerja Tahun 2024"],
      HEAD,
      ["(1)", "(2)", "(3)", "(4)", "(5)"],
      ["1.1", "Meningkatkan", "Persentase Koperasi", 70, 69.2],
      [],
      HEAD,
      ["(1)", "(2)", "(3)", "(4)", "(5)"],
      [null, "Pertumbuhan Usaha", "yang aktif", null, null],
      [null, null, "Pertumbuhan UKM baru", 77, 8.96],
      ["Jumlah", null, null, 147, 78.16],
      ["Rata-rata", null, null, 73.5, 39.08],
      ["Sumber : Data Dinas"],
    ]),
  ]);
  it("one table with 4 rows, no repeated header among them", () => {
    expect(m.tables).toHaveLength(1);
    expect(m.tables[0]).toMatchObject({ range: "A2:E11", rows: 4, sumber: "Data Dinas" });
    expect(m.indikator.map((i) => [i.row, i.rowKind])).toEqual([
      [4, "data"],
      [9, "data"],
      [10, "total"],
      [11, "average"],
    ]);
  });
  it("joins the continuation line and carries the sasaran", () => {
    expect(m.indikator[0].indikator?.text).toBe("Persentase Koperasi yang aktif");
    expect(m.indikator[0].sasaran?.text).toBe("Meningkatkan Pertumbuhan Usaha");
    expect(m.indikator[1].sasaran?.origin.cell).toBe("B4");
  });
});

describe("sheets the add-in created are never read as input", () => {
  it.each([
    ["report", 0],
    ["template", 1], // the template's own sheets are input
  ] as const)("role %s gives %i tables", (role, n) => {
    const tagged: SheetGrid = { ...KINERJA, name: "Capaian Kinerja", tag: { role, key: "k" } };
    expect(readModel([tagged]).tables).toHaveLength(n);
  });
});

describe("template sheets: the add-in's own instruction sheet and an empty Profil raise no 'no table' notice", () => {
  it.each([
    ["template-tagged sheet without a table", { role: "template" as const, key: "petunjuk" }, 0],
    ["the same sheet without the tag", undefined, 1],
  ])("%s", (_rule, tag, notices) => {
    const grid = {
      name: "Petunjuk",
      origin: { row: 1, col: 1 },
      rows: [[{ v: "Cara memakai templat ini" }]],
      tag,
    };
    const model = readModel([grid]);
    expect(model.diagnostics.filter((d) => d.message.includes("tidak berisi tabel"))).toHaveLength(notices);
  });
});
