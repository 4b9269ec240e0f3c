/**
 * The consolidation's sheets (src/report/rekap-sheets.ts) from agency rows: the kriteria columns, the row of
 * an unusable file, the links of the findings and the number formats over the right columns.
 */
import { kriteriaLabels, rekapHeaders, rekapSheets } from "../../src/report/rekap-sheets";
import { unusableAgency, type RekapAgency } from "../../src/report/rekap";
import type { CellInput, SheetSpec } from "../../src/engine/model/sheet-spec";

const agency = (over: Partial<RekapAgency>): RekapAgency => ({
  ...unusableAgency("a.xlsx", ""),
  alasan: undefined,
  instansi: "Dinas A",
  tahun: 2024,
  indikator: 2,
  rataCapaian: 80.5,
  kriteria: { "Sangat Tinggi": 1, Tinggi: 0, "Sangat Rendah": 1 },
  pagu: 1000,
  realisasi: 800,
  serapan: 80,
  sisa: 200,
  efisiensi: 0.5,
  kesalahan: 1,
  peringatan: 0,
  temuan: [{ sheet: "Kinerja", cell: "G2", rule: "CAPAIAN_MISMATCH", severity: "error", message: "salah" }],
  daftarIndikator: [
    { indikator: "X", satuan: "%", target: 80, realisasi: 90, capaian: 112.5, kriteria: "Sangat Tinggi" },
    { indikator: "Y", satuan: "%", target: "BB", realisasi: null, capaian: null, kriteria: "" },
  ],
  ...over,
});

const rows = (spec: SheetSpec): CellInput[][] => spec.blocks[0].rows;
const column = (spec: SheetSpec, header: string): CellInput[] => {
  const at = (rows(spec)[0] as string[]).indexOf(header);
  return rows(spec)
    .slice(1)
    .map((r) => r[at]);
};

describe("rekapSheets", () => {
  const good = agency({});
  const other = agency({ file: "sub/b.xlsx", instansi: "Dinas B", kriteria: { "Tidak dapat dihitung": 2 } });
  const bad = unusableAgency("rusak.xlsx", "Berkas rusak");
  const [rekap, temuan, indikator] = rekapSheets([good, other, bad], (f) =>
    f === "a.xlsx" ? "a.xlsx" : null,
  );

  it("kriteria columns: every label met, in the order first met", () => {
    expect(kriteriaLabels([good, other, bad])).toEqual([
      "Sangat Tinggi",
      "Tinggi",
      "Sangat Rendah",
      "Tidak dapat dihitung",
    ]);
    expect(rows(rekap)[0]).toEqual(rekapHeaders(kriteriaLabels([good, other, bad])));
  });

  it("an agency without a label counts 0 there; an unusable file has no counts, only its reason", () => {
    expect(column(rekap, "Indikator Tinggi")).toEqual([0, 0, null]);
    expect(column(rekap, "Indikator Tidak dapat dihitung")).toEqual([0, 2, null]);
    expect(column(rekap, "Keterangan")).toEqual(["", "", "Tidak dapat dipakai: Berkas rusak"]);
    expect(column(rekap, "Kesalahan")).toEqual([1, 1, null]);
    expect(column(rekap, "Instansi")).toEqual(["Dinas A", "Dinas B", "rusak"]);
  });

  it.each([
    ["Rata-rata capaian (%)", "0.00"],
    ["Serapan (%)", "0.00"],
    ["Efisiensi", "0.00"],
    ["Pagu (Rp)", "#,##0"],
    ["Realisasi anggaran (Rp)", "#,##0"],
    ["Sisa anggaran (Rp)", "#,##0"],
  ])("number format of %s is %s over the agencies' rows", (header, format) => {
    const letter = String.fromCharCode(65 + (rows(rekap)[0] as string[]).indexOf(header));
    expect(rekap.numberFormats).toContainEqual({ range: `${letter}2:${letter}4`, format });
  });

  it("Temuan: a finding's cell links to the file only when the link function gives one", () => {
    expect(rows(temuan)).toHaveLength(1 + 2);
    expect(column(temuan, "Sel")).toEqual([
      { text: "G2", link: { file: "a.xlsx", sheet: "Kinerja", cell: "G2" } },
      "G2",
    ]);
    expect(column(temuan, "Tingkat")).toEqual(["Kesalahan", "Kesalahan"]);
  });

  it("Indikator: one row per indicator of every agency, the unusable file none", () => {
    expect(column(indikator, "Instansi")).toEqual(["Dinas A", "Dinas A", "Dinas B", "Dinas B"]);
    expect(column(indikator, "Target")).toEqual([80, "BB", 80, "BB"]);
    expect(column(indikator, "Capaian (%)")).toEqual([112.5, null, 112.5, null]);
  });

  it("all three sheets are report sheets with their own keys, header frozen", () => {
    expect([rekap, temuan, indikator].map((s) => [s.name, s.key, s.role, s.freeze])).toEqual([
      ["Rekap", "rekap", "report", { rows: 1 }],
      ["Temuan", "rekap-temuan", "report", { rows: 1 }],
      ["Indikator", "rekap-indikator", "report", { rows: 1 }],
    ]);
  });
});
