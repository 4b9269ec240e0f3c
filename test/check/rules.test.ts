import { runChecks } from "../../src/engine/check";
import type { RuleId } from "../../src/engine/check/finding";
import type { Model } from "../../src/engine/model/types";
import { ang, ind, model } from "./support";

type Case = {
  name: string;
  m: Model;
  cells: string[];
  severity?: "error" | "warning" | "info";
  batas?: number | null;
};

function run(rule: RuleId, c: Case) {
  const all = runChecks(c.m, { batas: c.batas ?? null, tahun: 2024 });
  return { all, mine: all.filter((f) => f.rule === rule) };
}

function table(rule: RuleId, cases: Case[]) {
  describe(rule, () => {
    it.each(cases)("$name", (c) => {
      const { all, mine } = run(rule, c);
      expect(mine.map((f) => f.cell)).toEqual(c.cells);
      if (c.cells.length > 0 && c.severity) expect(mine.every((f) => f.severity === c.severity)).toBe(true);
      if (c.cells.length === 0) expect(all.filter((f) => f.severity === "error")).toEqual([]);
    });
  });
}

const K = (row: number, v: Parameters<typeof ind>[1], o?: Parameters<typeof ind>[2]) =>
  ind(row, { indikator: `Indikator ${row}`, ...v }, o);

table("CAPAIAN_MISMATCH", [
  {
    name: "84 stated for 67,71 / 70",
    m: model({ indikator: [K(5, { target: 70, realisasi: 67.71, capaianStated: 84 })] }),
    cells: ["G5"],
    severity: "error",
  },
  {
    name: "clean: 96,73 rounded",
    m: model({ indikator: [K(5, { target: 70, realisasi: 67.71, capaianStated: "96,73" })] }),
    cells: [],
  },
  {
    name: "clean: 97 printed as an integer",
    m: model({ indikator: [K(5, { target: 70, realisasi: 67.71, capaianStated: 97 })] }),
    cells: [],
  },
  {
    name: "truncation 97,1 for 97,19 is info only",
    m: model({ indikator: [K(5, { target: 73, realisasi: "70,95", capaianStated: "97,1" })] }),
    cells: ["G5"],
    severity: "info",
  },
  {
    name: "a year's capaian (004 Tabel 3.3: 124 for 86 / 71)",
    m: model({ indikator: [K(5, {}, { years: { 2021: { target: 71, realisasi: 86, capaian: 124 } } })] }),
    cells: ["Z5"],
    severity: "error",
  },
  {
    name: "clean year capaian 121",
    m: model({ indikator: [K(5, {}, { years: { 2021: { target: 71, realisasi: 86, capaian: 121 } } })] }),
    cells: [],
  },
  {
    name: "kemajuan 86,4 for 57,9 / 67 = 86,42",
    m: model({ indikator: [K(5, { realisasi: 57.9, targetAkhir: 67, kemajuanStated: "86,4" })] }),
    cells: [],
  },
  {
    name: "kemajuan 90 for 57,9 / 67",
    m: model({ indikator: [K(5, { realisasi: 57.9, targetAkhir: 67, kemajuanStated: 90 })] }),
    cells: ["J5"],
    severity: "error",
  },
  {
    name: "turun polarity: (2T − R) / T",
    m: model({ indikator: [K(5, { target: 10, realisasi: 5, capaianStated: 150, polaritas: "turun" })] }),
    cells: [],
  },
  {
    name: "capped value agrees when batas is set",
    m: model({ indikator: [K(5, { target: 50, realisasi: 80, capaianStated: 120 })] }),
    batas: 120,
    cells: [],
  },
]);

table("CAP_HIDDEN", [
  {
    name: "100 shown for 673,58 (000:L466)",
    m: model({ indikator: [K(8, { target: "0,53", realisasi: "3,57", capaianStated: 100 })] }),
    cells: ["G8"],
    severity: "warning",
  },
  {
    name: "clean: 100 when the ratio is 100",
    m: model({ indikator: [K(8, { target: 78, realisasi: 78, capaianStated: 100 })] }),
    cells: [],
  },
  {
    name: "clean: cap configured",
    m: model({ indikator: [K(8, { target: "0,53", realisasi: "3,57", capaianStated: 100 })] }),
    batas: 100,
    cells: [],
  },
]);

table("KRITERIA_MISMATCH", [
  {
    name: "Sangat Tinggi for 11,64",
    m: model({
      indikator: [
        K(7, { target: 77, realisasi: "8,96", capaianStated: "11,6", kriteriaStated: "Sangat Tinggi" }),
      ],
    }),
    cells: ["H7"],
    severity: "error",
  },
  {
    name: "empty kriteria of a computable row (KE000-07)",
    m: model({ indikator: [K(7, { target: 78, realisasi: 78, kriteriaStated: null })] }),
    cells: ["H7"],
  },
  {
    name: "clean: alias Sangat Baik and code ST",
    m: model({
      indikator: [
        K(7, { target: 63, realisasi: 57.9, kriteriaStated: "Sangat Baik" }),
        K(8, { target: 70, realisasi: 69.2, kriteriaStated: "ST" }),
      ],
    }),
    cells: [],
  },
  {
    name: "clean: lower-bound rule 90,5 is Tinggi",
    m: model({ indikator: [K(7, { target: 100, realisasi: "90,5", kriteriaStated: "Tinggi" })] }),
    cells: [],
  },
]);

table("PERSEN_MISMATCH", [
  {
    name: "50,05 for 855.324.579 / 3.849.148.550",
    m: model({
      anggaran: [
        ang(5, { uraian: "Program A", pagu: 3849148550, realisasi: 855324579, serapanStated: "50,05" }),
      ],
    }),
    cells: ["F5"],
    severity: "error",
  },
  {
    name: "clean: 22,22",
    m: model({
      anggaran: [
        ang(5, { uraian: "Program A", pagu: 3849148550, realisasi: 855324579, serapanStated: "22,22" }),
      ],
    }),
    cells: [],
  },
  {
    name: "kinerja+anggaran row (004 Tabel 3.6)",
    m: model({
      indikator: [
        K(5, {
          target: 63,
          realisasi: 57.9,
          pagu: 3849148550,
          realisasiAnggaran: 855324579,
          serapanStated: "50,05",
        }),
      ],
    }),
    cells: ["O5"],
  },
  {
    name: "clean: 100 for 0 / 0",
    m: model({ anggaran: [ang(5, { uraian: "Program A", pagu: 0, realisasi: 0, serapanStated: 100 })] }),
    cells: [],
  },
]);

const tree = (kegiatanPagu: number) => [
  ang(5, { uraian: "Program A", pagu: 300, realisasi: 250 }, { tingkat: "program" }),
  ang(6, { uraian: "Kegiatan A1", pagu: kegiatanPagu, realisasi: 150 }, { tingkat: "kegiatan", parent: 0 }),
  ang(7, { uraian: "Sub A1a", pagu: 120, realisasi: 100 }, { tingkat: "sub_kegiatan", parent: 1 }),
  ang(8, { uraian: "Sub A1b", pagu: 80, realisasi: 50 }, { tingkat: "sub_kegiatan", parent: 1 }),
  ang(9, { uraian: "Kegiatan A2", pagu: 100, realisasi: 100 }, { tingkat: "kegiatan", parent: 0 }),
];
table("ROLLUP_MISMATCH", [
  {
    name: "kegiatan 210 ≠ 120 + 80, reported once (not again at the program)",
    m: model({ anggaran: tree(210) }),
    cells: ["D6"],
    severity: "error",
  },
  {
    name: "program ≠ Σ kegiatan and ≠ Σ sub kegiatan",
    m: model({
      anggaran: [
        ...tree(200).slice(0, 4),
        ang(9, { uraian: "Kegiatan A2", pagu: 90, realisasi: 100 }, { tingkat: "kegiatan", parent: 0 }),
      ],
    }),
    cells: ["D5"],
  },
  { name: "clean tree", m: model({ anggaran: tree(200) }), cells: [] },
  {
    name: "clean: a child without pagu makes no partial sum",
    m: model({
      anggaran: [
        ang(5, { uraian: "P", pagu: 500 }),
        ang(6, { uraian: "K", pagu: 100 }, { parent: 0, tingkat: "kegiatan" }),
        ang(7, { uraian: "K2", pagu: null }, { parent: 0, tingkat: "kegiatan" }),
      ],
    }),
    cells: [],
  },
]);

const withTotal = (pagu: number, sisa?: number) => [
  ang(5, { uraian: "Program A", pagu: 300, realisasi: 250 }),
  ang(6, { uraian: "Kegiatan A1", pagu: 300, realisasi: 250 }, { tingkat: "kegiatan", parent: 0 }),
  ang(7, {
    uraian: "Program B",
    pagu: 200,
    realisasi: 100,
    ...(sisa !== undefined ? { sisaStated: sisa } : {}),
  }),
  ang(8, { uraian: "Jumlah", pagu, realisasi: 350 }, { rowKind: "total", tingkat: "lain" }),
];
table("TOTAL_MISMATCH", [
  {
    name: "total pagu 600 ≠ 300 + 200",
    m: model({ anggaran: withTotal(600) }),
    cells: ["D8"],
    severity: "error",
  },
  { name: "sisa stated 90 ≠ 200 − 100", m: model({ anggaran: withTotal(500, 90) }), cells: ["G7"] },
  { name: "clean: total counts programs only", m: model({ anggaran: withTotal(500, 100) }), cells: [] },
  {
    name: "selisih either sign (000 Tabel II.3)",
    m: model({ anggaran: [ang(5, { uraian: "P", paguSebelum: 100, pagu: 150, selisihStated: "(50)" })] }),
    cells: [],
  },
  {
    name: "selisih wrong",
    m: model({ anggaran: [ang(5, { uraian: "P", paguSebelum: 100, pagu: 150, selisihStated: 40 })] }),
    cells: ["H5"],
  },
]);

const avgRows = (stated: number | string) => [
  K(5, { target: 100, realisasi: 90 }),
  K(6, { target: 100, realisasi: 80 }),
  ind(7, { indikator: "Rata-rata", capaianStated: stated }, { rowKind: "average" }),
];
table("AVERAGE_MISMATCH", [
  {
    name: "96,95 for a mean of 85",
    m: model({ indikator: avgRows("96,95") }),
    cells: ["G7"],
    severity: "error",
  },
  { name: "clean: 85", m: model({ indikator: avgRows(85) }), cells: [] },
  {
    name: "budget: weighted serapan accepted",
    m: model({
      anggaran: [
        ang(5, { uraian: "A", pagu: 100, realisasi: 100 }),
        ang(6, { uraian: "B", pagu: 300, realisasi: 0 }),
        ang(7, { uraian: "Rata-rata", serapanStated: 25 }, { rowKind: "average", tingkat: "lain" }),
      ],
    }),
    cells: [],
  },
  {
    name: "budget: neither simple (50) nor weighted (25)",
    m: model({
      anggaran: [
        ang(5, { uraian: "A", pagu: 100, realisasi: 100 }),
        ang(6, { uraian: "B", pagu: 300, realisasi: 0 }),
        ang(7, { uraian: "Rata-rata", serapanStated: 40 }, { rowKind: "average", tingkat: "lain" }),
      ],
    }),
    cells: ["F7"],
  },
]);

table("TRIWULAN_SUM_MISMATCH", [
  {
    name: "0,46 + 0,86 × 3 ≠ 0,304 (KE000-09)",
    m: model({
      indikator: [K(13, { target: "0,304", satuan: "%" }, { targetTw: ["0,46", "0,86", "0,86", "0,86"] })],
    }),
    cells: ["P13"],
    severity: "error",
  },
  {
    name: "clean: 4,25 + 4,25 + 4,50 + 4,65 = 17,65 (%, summed)",
    m: model({
      indikator: [K(13, { target: "17,65", satuan: "%" }, { targetTw: ["4,25", "4,25", "4,50", "4,65"] })],
    }),
    cells: [],
  },
  {
    name: "clean: 19,5 × 4 = 78",
    m: model({
      indikator: [K(13, { target: 78, satuan: "Nilai" }, { targetTw: ["19,5", "19,5", "19,5", "19,5"] })],
    }),
    cells: [],
  },
  {
    name: "explicit akhir: sum not accepted",
    m: model({ indikator: [K(13, { target: 10, agregasi: "akhir" }, { targetTw: [1, 2, 3, 4] })] }),
    cells: ["P13"],
  },
  {
    name: "realisasi quarters vs annual",
    m: model({
      indikator: [K(13, { target: 10, realisasi: 12, satuan: "unit" }, { realisasiTw: [1, 2, 3, 4] })],
    }),
    cells: ["T13"],
  },
]);

const two = (a: Parameters<typeof ind>[1], b: Parameters<typeof ind>[1]) =>
  model({
    tahun: 2024,
    indikator: [
      ind(5, { indikator: "Persentase Koperasi yang aktif", ...a }, { sheet: "T1" }),
      ind(9, { indikator: "Persentase Koperasi Aktif", ...b }, { sheet: "T2" }),
    ],
  });
table("VALUE_CONFLICT", [
  {
    name: "target 70 vs 71 in two tables",
    m: two({ target: 70 }, { target: 71 }),
    cells: ["E9"],
    severity: "error",
  },
  {
    name: "clean: 98,86 and 98,9 (rounded)",
    m: two({ realisasi: "98,86" }, { realisasi: "98,9" }),
    cells: [],
  },
  {
    name: "program pagu differs between tables",
    m: model({
      anggaran: [
        ang(5, { uraian: "Program Pengembangan UMKM", pagu: 270325850 }, { sheet: "A1" }),
        ang(6, { uraian: "Program pengembangan UMKM", pagu: 270235850 }, { sheet: "A2" }),
      ],
    }),
    cells: ["D6"],
  },
  {
    name: "clean: same realisasi, different year columns",
    m: model({
      tahun: 2024,
      indikator: [
        ind(5, { indikator: "X", realisasi: 5 }, { sheet: "T1" }),
        ind(6, { indikator: "X" }, { sheet: "T2", years: { 2024: { realisasi: 5 } } }),
      ],
    }),
    cells: [],
  },
]);

table("MISSING_VALUE", [
  {
    name: "target 78 without realisasi (KE000-08)",
    m: model({ indikator: [K(12, { target: 78, realisasi: null })] }),
    cells: ["F12"],
    severity: "warning",
  },
  {
    name: "target only a unit ('Dokumen')",
    m: model({ indikator: [K(12, { target: "Dokumen", realisasi: 3 })] }),
    cells: ["E12"],
  },
  {
    name: "program without pagu",
    m: model({ anggaran: [ang(5, { uraian: "Program A", pagu: null, realisasi: 5 })] }),
    cells: ["D5"],
  },
  {
    name: "clean: realisasi from quarters",
    m: model({ indikator: [K(12, { target: 10, realisasi: null }, { realisasiTw: [1, 2, 3, 4] })] }),
    cells: [],
  },
]);

table("NOT_A_NUMBER", [
  {
    name: "'Belum Input' as realisasi",
    m: model({ indikator: [K(5, { target: 70, realisasi: "Belum Input" })] }),
    cells: ["F5"],
    severity: "error",
  },
  {
    name: "'17,65 %x' as target",
    m: model({ indikator: [K(5, { target: "17,65 %x", realisasi: 10 })] }),
    cells: ["E5"],
  },
  {
    name: "clean: predikat BB, range 70–80, '-' and Rp text",
    m: model({
      indikator: [K(5, { target: "BB", realisasi: "BB" }), K(6, { target: "70–80", realisasi: 75 })],
      anggaran: [ang(7, { uraian: "P", pagu: "Rp. 12.151.893.026,-", realisasi: "-" })],
    }),
    cells: [],
  },
]);

table("FORMAT_AMBIGUOUS", [
  {
    name: "'70.95' in an Indonesian table",
    m: model({ indikator: [K(8, { target: 73, realisasi: "70.95" })] }),
    cells: ["F8"],
    severity: "warning",
  },
  {
    name: "clean: '70,95' and '1.234.567'",
    m: model({
      indikator: [
        K(8, { target: 73, realisasi: "70,95" }),
        K(9, { target: "1.234.567", realisasi: "1.200.000" }),
      ],
    }),
    cells: [],
  },
]);

table("OVER_BUDGET", [
  {
    name: "realisasi 120 > pagu 100",
    m: model({ anggaran: [ang(5, { uraian: "P", pagu: 100, realisasi: 120 })] }),
    cells: ["E5"],
    severity: "warning",
  },
  {
    name: "clean: realisasi = pagu",
    m: model({ anggaran: [ang(5, { uraian: "P", pagu: 100, realisasi: 100 })] }),
    cells: [],
  },
]);

table("UNIT_MISMATCH", [
  {
    name: "90 (%) vs 0,95 (KE002-24)",
    m: model({ indikator: [K(5, { satuan: "%", target: 90, realisasi: "0,95" })] }),
    cells: ["F5"],
    severity: "warning",
  },
  {
    name: "clean: 0,53 vs 3,57 (both percent points)",
    m: model({ indikator: [K(5, { satuan: "%", target: "0,53", realisasi: "3,57" })] }),
    cells: [],
  },
  {
    name: "clean: not a % indicator",
    m: model({ indikator: [K(5, { satuan: "unit", target: 90, realisasi: "0,95" })] }),
    cells: [],
  },
]);

table("DUPLICATE_CODE", [
  {
    name: "'1.1.1' on two rows of one table",
    m: model({
      indikator: [
        K(5, { kode: "1.1.1", target: 1, realisasi: 1 }),
        K(6, { kode: "1.1.1", target: 1, realisasi: 1 }),
      ],
    }),
    cells: ["A6"],
    severity: "warning",
  },
  {
    name: "clean: same code at different levels (004 Tabel 3.7)",
    m: model({
      anggaran: [
        ang(5, { kode: "1", uraian: "P", pagu: 1, realisasi: 1 }),
        ang(6, { kode: "1", uraian: "S", pagu: 1, realisasi: 1 }, { tingkat: "sub_kegiatan", parent: 0 }),
      ],
    }),
    cells: [],
  },
]);

table("PK_NOT_REPORTED", [
  {
    name: "LPE in the PK but not in the capaian table (KE004-68)",
    m: model({
      indikator: [
        ind(5, { indikator: "Persentase Koperasi aktif", target: 70 }, { sheet: "PK" }),
        ind(6, { indikator: "LPE Sektor Pertanian", target: "4,64" }, { sheet: "PK" }),
        ind(
          5,
          { indikator: "Persentase Koperasi yang aktif", target: 70, realisasi: 69.2 },
          { sheet: "Capaian" },
        ),
      ],
    }),
    cells: ["C6"],
    severity: "warning",
  },
  {
    name: "clean: every PK indicator reported",
    m: model({
      indikator: [
        ind(5, { indikator: "Persentase Koperasi aktif", target: 70 }, { sheet: "PK" }),
        ind(
          5,
          { indikator: "Persentase Koperasi yang aktif", target: 70, realisasi: 69.2 },
          { sheet: "Capaian" },
        ),
      ],
    }),
    cells: [],
  },
  {
    name: "a plan table of targets only (Renja, RKPD review) is no PK: nothing missing from it",
    m: model({
      indikator: [
        ind(5, { indikator: "Indeks Kepuasan Pelayanan Internal", target: 854 }, { sheet: "Renja" }),
        ind(5, { indikator: "Persentase Koperasi aktif", target: 70, realisasi: 69.2 }, { sheet: "Capaian" }),
      ],
    }),
    cells: [],
  },
  {
    name: "a targets-only table titled 'Perjanjian Kinerja' on any sheet is the PK",
    m: model({
      indikator: [
        ind(6, { indikator: "LPE Sektor Pertanian", target: "4,64" }, { sheet: "Tabel 2.4" }),
        ind(5, { indikator: "Persentase Koperasi aktif", target: 70, realisasi: 69.2 }, { sheet: "Capaian" }),
      ],
      extraTables: [
        {
          id: "Tabel 2.4!A1",
          sheet: "Tabel 2.4",
          range: "A1",
          kind: "kinerja",
          rows: 1,
          fields: { indikator: "C", target: "E" },
          title: "Tabel 2.4 Perjanjian Kinerja Tahun 2024",
        },
      ],
    }),
    cells: ["C6", "C5"],
    severity: "warning",
  },
]);

table("NEGATIVE_VALUE", [
  {
    name: "growth −3 %",
    m: model({ indikator: [K(5, { target: 5, realisasi: -3 })] }),
    cells: ["F5"],
    severity: "warning",
  },
  { name: "clean: zero", m: model({ indikator: [K(5, { target: 5, realisasi: 0 })] }), cells: [] },
]);

describe("READER: the reader's diagnostics become findings with their severity", () => {
  it.each([
    { severity: "error" as const, cell: "C7" },
    { severity: "info" as const, cell: "A1" },
  ])("$severity at $cell", ({ severity, cell }) => {
    const m = model({ indikator: [K(5, { target: 1, realisasi: 1 })] });
    m.diagnostics.push({ severity, sheet: "Kinerja", cell, message: "Baris tidak terbaca" });
    expect(runChecks(m, {}).filter((f) => f.rule === "READER")).toEqual([
      { rule: "READER", severity, sheet: "Kinerja", cell, message: "Baris tidak terbaca" },
    ]);
  });
});
