/** Header vocabulary (docs/REPORT.md §1): case, spaces, punctuation and line breaks never matter. */
import { classifyHeader, headerWords } from "../../src/workbook/headers";
import { resolveColumns } from "../../src/workbook/columns";
import type { ColumnLabel } from "../../src/workbook/header-labels";

const base = (text: string) => classifyHeader(headerWords(text).norm);

describe("a header names its field whatever the spelling", () => {
  it.each([
    ["No", "kode"],
    ["NO.", "kode"],
    ["Kode Rekening", "kode"],
    ["Sasaran Strategis", "sasaran"],
    ["SASARAN\nSTRATEGIS", "sasaran"],
    ["Tujuan/Sasaran", "sasaran"],
    ["INDIKATOR/META INDIKATOR", "indikator"],
    ["Indikator Kinerja Utama (IKU)", "indikator"],
    ["Indikator/Formula Indikator", "indikator"],
    ["Program/Kegiatan/Sub Kegiatan", "uraian"],
    ["Uraian", "uraian"],
    ["SAT", "satuan"],
    ["Satuan", "satuan"],
    ["TARGET", "target"],
    ["Target Kinerja", "target"],
    ["Realisasi Kinerja Tahun 2024", "realisasi"],
    ["Capaian (%)", "percent"],
    ["% Capaian", "percent"],
    ["PERSENTASE", "percent"],
    ["Tingkat Capaian", "percent"],
    ["%", "percent"],
    ["KRITERIA /KODE", "kriteria"],
    ["Kategori", "kriteria"],
    ["Predikat", "kriteria"],
    ["Target Akhir Renstra", "targetAkhir"],
    ["Target Akhir Rencana Strategis", "targetAkhir"],
    ["Akhir Periode", "targetAkhir"],
    ["Target Nasional", "targetNasional"],
    ["Standar Nasional", "targetNasional"],
    ["Anggaran (Rp)", "pagu"],
    ["Pagu Anggaran", "pagu"],
    ["Target (Rp)", "pagu"],
    ["Sesudah Perubahan", "pagu"],
    ["Sebelum Perubahan", "paguSebelum"],
    ["Bertambah /Berkurang", "selisih"],
    ["Serapan", "serapan"],
    ["Tingkat Kemajuan", "kemajuan"],
    ["CAPAIAN SD 2023 TERHADAP TARGET 2023 (%)", "kemajuan"],
    ["Sumber Data", "sumberData"],
    ["Polaritas", "polaritas"],
    ["Agregasi", "agregasi"],
    ["Triwulan", "triwulan"],
  ])("%j → %s", (text, expected) => expect(base(text)).toBe(expected));

  it.each([
    ["Persentase pertumbuhan koperasi penerima bantuan modal usaha"],
    ["Meningkatnya Pertumbuhan Koperasi"],
    ["Dinas Koperasi"],
    [""],
  ])("data text %j is no header", (text) => expect(base(text)).toBeNull());

  it.each([
    ["Realisasi TW II", { norm: "realisasi", tw: 2 }],
    ["Target TW 4", { norm: "target", tw: 4 }],
    ["Triwulan III", { norm: "", tw: 3 }],
    ["Realisasi 2022", { norm: "realisasi", year: 2022 }],
  ])("%j splits into words, year and quarter", (text, expected) =>
    expect(headerWords(text)).toMatchObject(expected),
  );
});

const labels = (...subs: (string | [string, string])[]): ColumnLabel[] =>
  subs.map((s, i) => ({
    col: i + 1,
    group: Array.isArray(s) ? s[0] : "",
    sub: Array.isArray(s) ? s[1] : s,
    cell: `X${i + 1}`,
  }));
const fields = (ls: ColumnLabel[], tahun?: number) => resolveColumns(ls, tahun).columns.map((c) => c.field);

describe("context resolves target, realisasi and % columns", () => {
  it.each([
    [
      "% after Rupiah is serapan",
      labels("Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "% Capaian"),
      2024,
      ["uraian", "pagu", "realisasiAnggaran", "serapanStated"],
    ],
    [
      "% after kinerja is capaian",
      labels("Indikator", "Target", "Realisasi", "%"),
      2024,
      ["indikator", "target", "realisasi", "capaianStated"],
    ],
    [
      "Realisasi right after Pagu is Rupiah",
      labels("Program", "Pagu", "Realisasi", "%"),
      2024,
      ["uraian", "pagu", "realisasiAnggaran", "serapanStated"],
    ],
    [
      "groups Kinerja / Anggaran",
      labels(
        ["Kinerja", "Target"],
        ["Kinerja", "Realisasi"],
        ["Anggaran", "Target"],
        ["Anggaran", "Realisasi"],
        ["Anggaran", "%"],
      ),
      2024,
      ["target", "realisasi", "pagu", "realisasiAnggaran", "serapanStated"],
    ],
    [
      "past years and the reporting year",
      labels("Realisasi 2022", "Target 2023", "CAPAIAN 2022", "Target 2024", "Realisasi 2024"),
      2024,
      ["realisasi2022", "target2023", "capaian2022", "target", "realisasi"],
    ],
    [
      "'Tahun 2021' › Target/Capaian (%)",
      labels(["Tahun 2021", "Target"], ["Tahun 2021", "Capaian (%)"], ["TAHUN 2024", "TARGET"]),
      2024,
      ["target2021", "capaian2021", "target"],
    ],
    [
      "quarters",
      labels("Target TW I", "Target TW II", "Realisasi TW I", "TW II", ["Triwulan III", "Realisasi"]),
      2024,
      ["targetTw1", "targetTw2", "realisasiTw1", "realisasiTw2", "realisasiTw3"],
    ],
    [
      "'Realisasi' › 2022 | 2023",
      labels(["Realisasi", "2022"], ["Realisasi", "2023"]),
      2024,
      ["realisasi2022", "realisasi2023"],
    ],
    [
      "Triwulan label column then its target",
      labels("Target Kinerja", "Triwulan", "Target"),
      2023,
      ["target", "triwulan", "triwulanTarget"],
    ],
  ])("%s", (_n, ls, tahun, expected) => expect(fields(ls, tahun)).toEqual(expected));

  it("a second column for the same field is kept out and reported", () => {
    const m = resolveColumns(labels("Indikator", "Target", "Target"), 2024);
    expect(m.duplicates.map((d) => [d.field, d.col])).toEqual([["target", 3]]);
  });
  it("unknown headers are listed", () => {
    expect(resolveColumns(labels("Indikator", "Foto Kegiatan"), 2024).unmapped.map((u) => u.sub)).toEqual([
      "Foto Kegiatan",
    ]);
  });
});
