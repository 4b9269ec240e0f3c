import type { ModelCell } from "../../src/engine/model/types";
/**
 * The pieces that read plan budgets (issue 10 item 3): the urusan line, numbering that is no code,
 * kegiatan and sub kegiatan told apart by their sums, a value typed with its unit, the "(1)" number
 * row stored as −1, a pagu under another year, and each table in its own title's year.
 */
import { isNumbering, isUrusanLine } from "../../src/workbook/plan-budget";
import { refineBySums } from "../../src/workbook/levels-by-sums";
import { chooseHierarchy, type LevelHint } from "../../src/workbook/hierarchy";
import { valueWithUnit } from "../../src/workbook/value-with-unit";
import { isColumnNumberRow } from "../../src/workbook/header-rows";
import { viewSheet } from "../../src/workbook/sheet";
import { resolveColumns } from "../../src/workbook/columns";
import { revisedField, revisionScope } from "../../src/workbook/revision";
import { readModel } from "../../src/workbook";
import { runChecks } from "../../src/engine/check";
import type { Model } from "../../src/engine/model/types";
import { toGrids, bold, type CellSeed } from "../support/layout";

describe("isUrusanLine: the urusan line above the programmes", () => {
  it.each([
    ["URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH", "", true],
    ["URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH", "2.17", true],
    ["Urusan Wajib Pelayanan Dasar", "I", true],
    ["URUSAN PEMERINTAHAN BIDANG KOPERASI", "2.17.01", false], // a programme's code
    ["Program Penunjang Urusan Pemerintahan Daerah", "", false],
    ["Urusan kepegawaian", "", false], // a word, not the urusan line
    ["Jumlah", "", false],
  ])("%s (kode %s) → %s", (text, kode, expected) => {
    expect(isUrusanLine(text, kode)).toBe(expected);
  });
  it("no text is no urusan line", () => {
    expect(isUrusanLine(undefined, undefined)).toBe(false);
  });
});

describe("isNumbering: a 'No' column whose numbers repeat is numbering", () => {
  it.each([
    [["1", "", "", "2", "1", "2", "3"], true],
    [["1.", "1.", "2."], true],
    [["1", "2", "3"], false], // could be codes
    [["1", "1.1", "1.1.1", "1"], false], // dotted codes
    [["I", "II", "I"], false], // roman numbering is no code anyway
    [["", "1", ""], false],
    [[], false],
  ])("%j → %s", (codes, expected) => {
    expect(isNumbering(codes)).toBe(expected);
  });
});

/** The pagu cell of a hint, as the reader gives it. */
const amountCell = (num: number | null): ModelCell => ({
  origin: { sheet: "T", cell: "D1" },
  raw: num,
  num,
  text: num === null ? "" : String(num),
  decimals: 0,
  percent: false,
});

describe("refineBySums: kegiatan and sub kegiatan by their amounts", () => {
  const hint = (uraian: string, strong = false, total = false): LevelHint => ({ uraian, strong, total });
  const place = (hints: LevelHint[], amounts: (number | null)[]) => {
    // As the reader does: the evidence and sums choose first, then the amounts split what is left.
    const withSums = hints.map((h, i) => ({ ...h, sums: [amountCell(amounts[i])] }));
    const out = refineBySums(withSums, chooseHierarchy(withSums), amounts);
    return out.map((p) => `${p.level ?? "-"}${p.parent === undefined ? "" : `^${p.parent}`}`);
  };
  it("a row opens a kegiatan; the rows after it that add up to its pagu are its sub kegiatan", () => {
    const hints = [hint("Program A", true), hint("k1"), hint("s1"), hint("s2"), hint("k2"), hint("s3")];
    expect(place(hints, [100, 60, 40, 20, 40, 40])).toEqual(["0", "1^0", "2^1", "2^1", "1^0", "2^4"]);
  });
  it("a zero kegiatan keeps its zero sub kegiatan (seed 002 Tabel 4.1, UPT Balkop)", () => {
    const hints = [hint("Program A", true), hint("k1"), hint("s1"), hint("s2"), hint("k2"), hint("s3")];
    expect(place(hints, [10, 0, 0, 0, 10, 10])).toEqual(["0", "1^0", "2^1", "2^1", "1^0", "2^4"]);
  });
  it("a keyword keeps its level: 'Kegiatan …' opens a kegiatan whatever the sums", () => {
    const hints = [hint("Program A", true), hint("k1"), hint("s1"), hint("Kegiatan k2"), hint("s2")];
    expect(place(hints, [100, 50, 50, 50, 50])).toEqual(["0", "1^0", "2^1", "1^0", "2^3"]);
  });
  it("when the sums do not settle it, the rows stay as the other evidence placed them", () => {
    const hints = [hint("Program A", true), hint("k1"), hint("s1")];
    expect(place(hints, [100, 60, 50])).toEqual(["0", "1^0", "1^0"]);
  });
  it("a row without an amount leaves its programme's rows as they were", () => {
    const hints = [hint("Program A", true), hint("k1"), hint("s1")];
    expect(place(hints, [100, 60, null])).toEqual(["0", "1^0", "1^0"]);
  });
  it("the next programme and a total end the segment", () => {
    const hints = [
      hint("Program A", true),
      hint("k1"),
      hint("s1"),
      hint("Program B", true),
      hint("k2"),
      hint("s2"),
      hint("Jumlah", false, true),
    ];
    expect(place(hints, [5, 5, 5, 7, 7, 7, 12])).toEqual(["0", "1^0", "2^1", "0", "1^3", "2^4", "-"]);
  });
});

describe("valueWithUnit: a target typed with its unit", () => {
  it.each([
    ["13 Dok", 13, false],
    ["3 unit usaha", 3, false],
    ["1,5 Dokumen", 1.5, false],
    ["180.184 Unit", 180184, false],
    ["81 persen", 81, true],
    ["1 Dokumen Pemutakhiran Data UMKM", 1, false],
  ])("%s → %s", (text, value, percent) => {
    const p = valueWithUnit(text, false);
    expect(p?.kind === "number" ? { value: p.value, percent: p.percent } : p).toEqual({ value, percent });
  });
  it.each(["Dok", "13", "n/a", "70 - 80", "Dok 13", ""])("%j is no value with a unit", (text) => {
    expect(valueWithUnit(text, false)).toBeUndefined();
  });
});

describe("isColumnNumberRow: '(1)' typed into Excel is stored as −1", () => {
  const rowOf = (cells: (string | number | null)[]) =>
    viewSheet(toGrids({ name: "t", sheets: [{ name: "S", rows: [cells] }] })[0]);
  it.each([
    [[-1, -2, -3, -4, -5], true],
    [[1, 2, 3], true],
    [["(1)", "(2)", "(3)"], true],
    [[-1, -3], true], // numbers may skip ("(6)" to "(8)")
    [[-3, -1], false], // not in order: data
    [[-1, 2, -3], false], // mixed signs: data
    [[-1250000, -5], false], // amounts
    [[-1, -1], false],
  ])("%j → %s", (cells, expected) => {
    expect(isColumnNumberRow(rowOf(cells), 1, 1, cells.length)).toBe(expected);
  });
});

describe("a pagu under another year than the table's is that year's", () => {
  const labels = [
    { col: 1, group: "Rencana tahun 2024", sub: "Pagu Indikatif", cell: "A5" },
    { col: 2, group: "Prakiraan Maju Rencana Tahun 2025", sub: "Pagu Indikatif", cell: "B5" },
  ];
  it("beside the year's own pagu: pagu2025", () => {
    expect(resolveColumns(labels, 2024).columns.map((c) => c.field)).toEqual(["pagu", "pagu2025"]);
  });
  it("alone, it is the table's pagu", () => {
    expect(resolveColumns([labels[1]], 2024).columns.map((c) => c.field)).toEqual(["pagu"]);
  });
  it("with no year known, the first is kept and the other reported", () => {
    const map = resolveColumns(labels, undefined);
    expect([map.columns.map((c) => c.field), map.duplicates.map((c) => c.cell)]).toEqual([["pagu"], ["B5"]]);
  });
});

describe("each table reads in its own title's year (a Renja evaluates 2022 and plans 2024)", () => {
  const sheet = (name: string, title: string) => ({
    name,
    rows: [[bold(title)], ["Indikator Kinerja", "Target", "Realisasi"], ["Indikator A", 80, 70]],
  });
  const wb = (profil?: number) =>
    toGrids({
      name: "renja",
      sheets: [
        ...(profil
          ? [
              {
                name: "Profil",
                rows: [
                  ["Nama Instansi", "Dinas KUKM"],
                  ["Tahun", profil],
                ],
              },
            ]
          : []),
        sheet("Evaluasi", "Tabel 2.1 Evaluasi Renja s/d Tahun 2022"),
        sheet("Rencana", "Tabel 3.2 Rencana Kinerja Tahun 2024"),
        sheet("Rencana 2", "Tabel 4.1 Rumusan Rencana Tahun 2024"),
      ],
    });
  it("without a Profil: the workbook is 2024, Tabel 2.1 is 2022 and its Target is that year's target", () => {
    const m = readModel(wb(), {});
    expect({
      tahun: m.tahun,
      tables: m.tables.map((t) => [t.sheet, t.tahun ?? null, Object.keys(t.fields).join(",")]),
    }).toEqual({
      tahun: 2024,
      tables: [
        ["Evaluasi", 2022, "indikator,target,realisasi"],
        ["Rencana", null, "indikator,target,realisasi"],
        ["Rencana 2", null, "indikator,target,realisasi"],
      ],
    });
  });
  it("the Profil's year is the user's word and holds for every table", () => {
    const m = readModel(wb(2024), {});
    expect(m.tables.filter((t) => t.kind !== "profil").map((t) => t.tahun ?? null)).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe("the Rupiah beside a Renja's indicators become budget rows", () => {
  const P = (
    no: number | null,
    kode: string | null,
    name: CellSeed,
    ind: string | null,
    vals: CellSeed[],
  ): CellSeed[] => [no, kode, name, ind, ...vals];
  const form = (avg2: number) =>
    toGrids({
      name: "renja",
      sheets: [
        {
          name: "Evaluasi",
          rows: [
            [bold("Tabel 2.1 Evaluasi Renja Tahun 2023")],
            [],
            [
              "No",
              "Kode",
              "Program / Kegiatan",
              "Indikator Kinerja",
              "Target",
              "Realisasi",
              "Capaian (%)",
              "Pagu (Rp)",
              "Realisasi Anggaran (Rp)",
              "Serapan (%)",
            ],
            P(1, "2.17.01", bold("Program A"), "Indikator A", [80, 80, 100, 1000, 900, 90]),
            P(null, null, null, "Indikator A2", [10, 10, 100, null, null, null]), // another indicator of the programme
            P(null, "2.17.01.1.01", "Kegiatan A1", "Indikator A1", [5, 5, 100, 1000, 900, 90]),
            P(null, "2.17.01.1.01.0001", "Sub A1a", "Indikator A1a", [5, 5, 100, 1000, 900, 90]),
            P(null, "2.17.01.1.01.0002", "Sub A1b", "Indikator A1b", [5, 5, 100, "-", "-", "-"]), // no budget
            P(null, null, "Rata-rata Capaian Kinerja (%)", null, [null, null, 100, null, null, 90]),
            P(null, null, "Predikat Kinerja", null, [null, null, "ST", null, null, null]),
            P(2, "2.17.03", bold("Program B"), "Indikator B", [50, 40, 80, 500, 250, 50]),
            P(null, "2.17.03.1.01", "Kegiatan B1", "Indikator B1", [5, 4, 80, 500, 250, 50]),
            P(null, "2.17.03.1.01.0001", "Sub B1a", "Indikator B1a", [5, 4, 80, 500, 250, 50]),
            P(null, null, "Rata-rata Capaian Kinerja (%)", null, [null, null, 80, null, null, avg2]),
            P(null, null, null, null, [null, null, null, 1500, 1150, 76.67]), // the closing sums, unnamed
          ],
        },
      ],
    });
  const rows = (m: Model) => m.anggaran.map((a) => `${a.row} ${a.rowKind} ${a.tingkat}`);
  it("programme, kegiatan and sub kegiatan lines, the Rata-rata rows and the unnamed closing sums; no indicator-only or Predikat line", () => {
    const m = readModel(form(50), {});
    expect(m.tables.map((t) => t.kind)).toEqual(["kinerja+anggaran"]);
    expect(rows(m)).toEqual([
      "4 data program",
      "6 data kegiatan",
      "7 data sub_kegiatan",
      "8 data sub_kegiatan",
      "9 average lain",
      "11 data program",
      "12 data kegiatan",
      "13 data sub_kegiatan",
      "14 average lain",
      "15 total lain",
    ]);
  });
  it("each Rata-rata covers its own programme: Program B's 50 is right, 90 (Program A's) is not", () => {
    const errs = (avg2: number) =>
      runChecks(readModel(form(avg2), {}), {})
        .filter((f) => f.severity === "error")
        .map((f) => `${f.rule} ${f.cell}`);
    expect([errs(50), errs(90)]).toEqual([[], ["AVERAGE_MISMATCH J14"]]);
  });
});

describe("revisionScope: which side of the budget revision a group title names", () => {
  it.each([
    [["Sebelum Perubahan", "Pagu (Rp)"], "before"],
    [["APBD Murni", "Target"], "before"],
    [["Sesudah Perubahan", "Pagu (Rp)"], "after"],
    [["Setelah Perubahan", "Target"], "after"],
    [["Perubahan (DPPA)", "Pagu"], "after"],
    [["Rancangan Awal RKPD", "Pagu Indikatif"], undefined], // the 08 RKPD review: no revision
    [["Sebelum Perubahan"], undefined], // the column's own title is read by the vocabulary
    [["Jumlah Anggaran (Rp)", "Sebelum Perubahan"], undefined],
  ])("%j → %s", (path, scope) => {
    expect(revisionScope(path)).toBe(scope);
  });
  it.each([
    ["pagu", "before", "paguSebelum"],
    ["target", "before", "targetSebelum"],
    ["selisihStated", "before", "selisihStated"],
    ["pagu", "after", "pagu"],
    ["pagu", undefined, "pagu"],
    [null, "before", null],
  ] as const)("%s %s → %s", (field, scope, expected) => {
    expect(revisedField(field, scope)).toBe(expected);
  });
});
