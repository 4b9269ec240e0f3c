/**
 * Cascading performance tables (issue 10 item 2, docs/READING.md §4): indicators of several levels in
 * their own columns, names merged over several indicator rows, several indicators per programme.
 * Every indicator row is read with its level and parent, none dropped, and the planted errors are
 * found at their cells while the corrected copies give none.
 */
import { toGrids, type CellSeed, type LayoutWorkbook } from "../support/layout";
import {
  renjaCascade,
  renjaCascadeCorrected,
  renstraCascade,
  renstraCascadeCorrected,
  renjaRpCascade,
  renjaRpCascadeCorrected,
  RENJA_ERRORS,
  RENJA_RP_ERRORS,
  RENSTRA_ERRORS,
  type ExpectedRow,
} from "../fixtures/layouts/cascade";
import { readModel } from "../../src/workbook";
import { petaOf } from "../../src/workbook/peta";
import { runChecks } from "../../src/engine/check";
import type { Indikator, Model } from "../../src/engine/model/types";

const read = (wb: LayoutWorkbook): Model => readModel(toGrids(wb), {});
const readT = (wb: LayoutWorkbook): Model => readModel(toGrids(wb), { tahun: 2024 });
const errors = (wb: LayoutWorkbook) => runChecks(read(wb), {}).filter((f) => f.severity === "error");
const byCell = (model: Model, cell: string): Indikator[] =>
  model.indikator.filter((i) => i.indikator?.origin.cell === cell);

const LAYOUTS = [
  { name: "Renstra Tabel 3.5 (planted)", fx: renstraCascade },
  { name: "Renstra Tabel 3.5 (corrected)", fx: renstraCascadeCorrected },
  { name: "Renja Tabel 3.6 (planted)", fx: renjaCascade },
  { name: "Renja Tabel 3.6 (corrected)", fx: renjaCascadeCorrected },
  { name: "Renja Tabel 3.7 with Rupiah (planted)", fx: renjaRpCascade },
  { name: "Renja Tabel 3.7 with Rupiah (corrected)", fx: renjaRpCascadeCorrected },
];
const ROWS = LAYOUTS.flatMap(({ name, fx }) => fx.rows.map((e) => ({ name, layout: fx.layout, e })));

describe("a cascading table's level columns are fields of their own", () => {
  it.each([
    [
      "Renstra: Indikator Sasaran | Program | Indikator Program | Kegiatan | Indikator Kegiatan",
      renstraCascade.layout,
      {
        sasaran: "B",
        indikatorSasaran: "C",
        program: "D",
        indikatorProgram: "E",
        kegiatan: "F",
        indikatorKegiatan: "G",
        target: "I",
        realisasi: "J",
        capaianStated: "K",
      },
    ],
    [
      "Renja: 'Indikator Kinerja' over Program (Outcome) | Kegiatan (Output) | Sub Kegiatan (Output)",
      renjaCascade.layout,
      {
        kode: "A",
        uraian: "B",
        indikatorProgram: "C",
        indikatorKegiatan: "D",
        indikatorSubKegiatan: "E",
        target: "G",
        realisasi: "H",
        capaianStated: "I",
      },
    ],
    [
      "Renja with Rupiah: the same, then 'Anggaran Tahun 2024' over Pagu (Rp) | Realisasi (Rp) | Serapan (%)",
      renjaRpCascade.layout,
      {
        uraian: "B",
        indikatorProgram: "C",
        indikatorSubKegiatan: "E",
        pagu: "J",
        realisasiAnggaran: "K",
        serapanStated: "L",
      },
    ],
  ])("%s", (_n, layout, fields) => {
    const model = read(layout);
    expect(model.tables).toHaveLength(1);
    expect(model.tables[0].kind).toBe("pagu" in fields ? "kinerja+anggaran" : "kinerja");
    expect(model.tables[0].fields).toMatchObject(fields);
    expect(model.diagnostics.filter((d) => /sudah dipakai|tidak dikenali/.test(d.message))).toEqual([]);
  });
});

describe("every indicator row is read, none dropped, no 'tanpa nama indikator'", () => {
  it.each(LAYOUTS)("$name", ({ fx }) => {
    const model = read(fx.layout);
    const data = model.indikator.filter((i) => i.rowKind === "data" && i.indikator?.text);
    expect(data.map((i) => i.indikator?.origin.cell).sort()).toEqual(fx.rows.map((r) => r.cell).sort());
    expect(data.every((i) => i.tingkat !== undefined)).toBe(true);
    expect(model.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(model.diagnostics.some((d) => /tanpa nama indikator/.test(d.message))).toBe(false);
  });
});

describe("each indicator row has its level, the name it measures and its parent", () => {
  it.each(ROWS)("$name $e.cell $e.tingkat", ({ layout, e }: { layout: LayoutWorkbook; e: ExpectedRow }) => {
    const [ind] = byCell(read(layout), e.cell);
    expect(ind.indikator?.text).toBe(e.nama);
    expect(ind.tingkat).toBe(e.tingkat);
    const milik = e.tingkat === "sasaran" ? ind.sasaran : ind.uraian;
    expect(milik?.text).toBe(e.milik);
    expect(ind.capaianStated?.origin.cell).toBe(e.capaianCell);
    if (e.induk) expect(ind.induk).toMatchObject(e.induk);
    else expect(ind.induk).toBeUndefined();
  });
});

describe("the evidence names the column, the merged name cell and why the parent", () => {
  it.each([
    [
      "kegiatan under a programme with one indicator",
      renstraCascade,
      "G10",
      [
        /^kolom indikator kegiatan \(G\)$/,
        /^nama kegiatan di F9 \(sel gabungan F9:F10\)$/,
        /^induk: indikator program di E8 \(satu-satunya/,
      ],
    ],
    [
      "kegiatan under a programme with two indicators",
      renstraCascade,
      "G16",
      [
        /kolom indikator kegiatan/,
        /sel gabungan F16:F17/,
        /^induk: nama program di D12 \(program ini punya 2 indikator\)$/,
      ],
    ],
    [
      "programme's second indicator under its merged name",
      renstraCascade,
      "E13",
      [
        /kolom indikator program \(E\)/,
        /nama program di D12 \(sel gabungan D12:D17\)/,
        /induk: nama sasaran di B6/,
      ],
    ],
    [
      "sub kegiatan name merged over its two indicators",
      renjaCascade,
      "E11",
      [
        /kolom indikator sub kegiatan \(E\)/,
        /sel gabungan B10:B11/,
        /tingkatnya dari kolom indikator sub kegiatan/,
        /induk: indikator kegiatan di D9/,
      ],
    ],
    [
      "kegiatan of a programme printed without indicator: level from its code",
      renjaCascade,
      "D18",
      [/induk: nama program di B13 \(program ini tanpa indikator; tingkatnya dari kode 2\.17\.05\)/],
    ],
  ])("%s (%s)", (_n, fx, cell, want) => {
    const [ind] = byCell(read(fx.layout), cell as string);
    for (const re of want as RegExp[]) expect(ind.bukti?.some((b) => re.test(b))).toBe(true);
  });
});

describe("planted errors are found at their cells; the corrected copies give none", () => {
  it.each([
    ["Renstra Tabel 3.5", renstraCascade, RENSTRA_ERRORS],
    ["Renja Tabel 3.6", renjaCascade, RENJA_ERRORS],
    ["Renja Tabel 3.7 with Rupiah", renjaRpCascade, RENJA_RP_ERRORS],
  ])("%s: exactly the planted errors, each at its cell", (_n, fx, planted) => {
    const at = (p: (typeof planted)[number]) => {
      const e = fx.rows.find((r) => r.nama === p.indikator)!;
      // The serapan sits in L, on the first row of the name the indicator belongs to (merged over its rows).
      return p.kolom === "serapan"
        ? { rule: "PERSEN_MISMATCH", cell: `L${e.row}` }
        : { rule: "CAPAIAN_MISMATCH", cell: e.capaianCell };
    };
    const want = planted.map(at).sort((a, b) => a.cell.localeCompare(b.cell));
    const found = errors(fx.layout).map((f) => ({ rule: f.rule, cell: f.cell }));
    expect(found.sort((a, b) => a.cell.localeCompare(b.cell))).toEqual(want);
  });
  it.each([
    ["Renstra Tabel 3.5", renstraCascadeCorrected],
    ["Renja Tabel 3.6", renjaCascadeCorrected],
    ["Renja Tabel 3.7 with Rupiah", renjaRpCascadeCorrected],
  ])("%s corrected: zero errors", (_n, fx) => {
    expect(errors(fx.layout)).toEqual([]);
  });
  it("both corrected tables in one workbook (one indicator in both, under different parents): zero errors", () => {
    const both: LayoutWorkbook = {
      name: "both",
      sheets: [...renstraCascadeCorrected.layout.sheets, ...renjaCascadeCorrected.layout.sheets],
    };
    expect(errors(both)).toEqual([]);
  });
  it("the corrected copies differ from the planted ones only in the planted cells, holding the right value", () => {
    for (const [fx, ok, planted] of [
      [renstraCascade, renstraCascadeCorrected, RENSTRA_ERRORS],
      [renjaCascade, renjaCascadeCorrected, RENJA_ERRORS],
      [renjaRpCascade, renjaRpCascadeCorrected, RENJA_RP_ERRORS],
    ] as const) {
      const a = read(fx.layout).indikator;
      const b = read(ok.layout).indikator;
      const stated = (x: Indikator, kolom?: string) =>
        (kolom === "serapan" ? x.serapanStated : x.capaianStated)?.text;
      const differ = a.filter(
        (x, i) => stated(x) !== stated(b[i]) || stated(x, "serapan") !== stated(b[i], "serapan"),
      );
      expect(differ.map((x) => x.indikator?.text).sort()).toEqual(planted.map((p) => p.indikator).sort());
      for (const p of planted)
        expect(
          stated(
            b.find((x) => x.indikator?.text === p.indikator)!,
            p.kolom,
          ),
        ).toBe(p.benar);
    }
  });
});

describe("a name printed with money but no indicator keeps its row", () => {
  it.each([
    ["the URUSAN heading: no level known", "B6", undefined, 2050000000],
    ["a programme without indicator: level from its code", "B13", "program", 1200000000],
  ])("%s (%s)", (_n, cell, tingkat, pagu) => {
    const model = read(renjaRpCascadeCorrected.layout);
    const row = model.indikator.find((i) => i.uraian?.origin.cell === cell && !i.indikator?.text)!;
    expect([row.rowKind, row.tingkat, row.pagu?.num]).toEqual(["data", tingkat, pagu]);
    expect(row.bukti?.some((b) => /baris nama tanpa indikator/.test(b))).toBe(true);
  });
});

describe("the peta `sakip baca --json` prints reads the cascade back the same way", () => {
  it.each([renstraCascade, renjaCascade])("%#", (fx) => {
    const first = read(fx.layout);
    const peta = petaOf(first.tables);
    expect(Object.values(peta.tabel[0].kolom)).toContain("indikatorKegiatan");
    const again = readModel(toGrids(fx.layout), { peta });
    expect(again.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const shape = (m: Model) => m.indikator.map((i) => [i.indikator?.origin.cell, i.tingkat, i.induk?.cell]);
    expect(shape(again)).toEqual(shape(first));
  });
});

/** A one-sheet table from rows starting at A1. */
const sheet = (rows: CellSeed[][], merges: string[] = []): LayoutWorkbook => ({
  name: "t",
  sheets: [{ name: "Cascade", rows, merges }],
});

describe("edge cases of the cascade reading", () => {
  it("bare 'Indikator' columns take the level of the name column beside them", () => {
    const model = readT(
      sheet([
        ["Program", "Indikator", "Kegiatan", "Indikator", "Target", "Realisasi", "Capaian (%)"],
        ["Program Penunjang Urusan", "Nilai SAKIP", null, null, "73", "71", "97,26"],
        [null, null, "Administrasi Keuangan", "Jumlah laporan keuangan", "12", "12", "100"],
      ]),
    );
    expect(model.tables[0].fields).toMatchObject({
      program: "A",
      indikatorProgram: "B",
      kegiatan: "C",
      indikatorKegiatan: "D",
    });
    const k = byCell(model, "D3")[0];
    expect(k.tingkat).toBe("kegiatan");
    expect(k.induk).toMatchObject({ jenis: "indikator", cell: "B2" });
    expect(k.bukti).toContain("kolom indikator di samping kolom kegiatan (D)");
  });
  it("'Indikator Kinerja' over 'Sasaran | Program | Kegiatan': the sub-titles name the levels, not name columns", () => {
    const model = readT(
      sheet(
        [
          ["Sasaran Strategis", "Indikator Kinerja", null, null, "Target", "Realisasi"],
          [null, "Sasaran", "Program", "Kegiatan", null, null],
          ["Meningkatnya tata kelola", "Indeks reformasi birokrasi", null, null, "70", "68"],
          [null, null, "Persentase rekomendasi ditindaklanjuti", null, "90", "85"],
          [null, null, null, "Jumlah laporan evaluasi", "4", "4"],
        ],
        ["A1:A2", "B1:D1", "E1:E2", "F1:F2", "A3:A5"],
      ),
    );
    expect(model.tables[0].fields).toMatchObject({
      sasaran: "A",
      indikatorSasaran: "B",
      indikatorProgram: "C",
      indikatorKegiatan: "D",
    });
    expect(model.indikator.map((i) => [i.indikator?.origin.cell, i.tingkat, i.induk?.cell])).toEqual([
      ["B3", "sasaran", undefined],
      ["C4", "program", "B3"],
      ["D5", "kegiatan", "C4"],
    ]);
    expect(model.indikator[0].sasaran?.text).toBe("Meningkatnya tata kelola");
    expect(model.indikator[0].bukti).toContain("nama sasaran di A3 (sel gabungan A3:A5)");
  });
  it("a Sasaran column without a sasaran indicator column: the programme's indicators are counted for their sasaran", () => {
    const model = readT(
      sheet(
        [
          [
            "Sasaran",
            "Program",
            "Indikator Program",
            "Kegiatan",
            "Indikator Kegiatan",
            "Target",
            "Realisasi",
          ],
          ["Meningkatnya tata kelola", "Program Penunjang", "Nilai SAKIP", null, null, "73", "71"],
          [null, null, null, "Administrasi Keuangan", "Jumlah laporan keuangan", "12", "12"],
        ],
        ["A2:A3", "B2:B3"],
      ),
    );
    const [p, k] = model.indikator;
    expect([p.tingkat, p.sasaran?.text, p.induk]).toEqual([
      "program",
      "Meningkatnya tata kelola",
      expect.objectContaining({ jenis: "nama", cell: "A2" }),
    ]);
    expect(p.bukti).toContain("dihitung untuk sasaran di A2 (tabel tanpa kolom indikator sasaran)");
    expect([k.tingkat, k.sasaran, k.induk?.cell]).toEqual(["kegiatan", undefined, "C2"]);
  });
  it.each([
    ["one indicator column", ["Program", "Indikator Program", "Target", "Realisasi"]],
    [
      "two indicator columns naming no level",
      ["No", "Indikator", "Indikator Kinerja", "Target", "Realisasi"],
    ],
  ])("no cascade with %s: read as before, no level", (_n, header) => {
    const row: CellSeed[] = ["Program A", "Persentase X", ...(header.length === 5 ? [null] : []), "10", "9"];
    const model = readT(sheet([header, row]));
    expect(model.indikator).toHaveLength(1);
    expect(model.indikator[0].tingkat).toBeUndefined();
    expect(model.indikator[0].indikator?.text).toBe("Persentase X");
  });
  it("a 'Program/Kegiatan' indicator column beside a sub kegiatan one: each row's level from its code, else the row above", () => {
    const model = readT(
      sheet([
        [
          "Kode",
          "Program/Kegiatan/Sub Kegiatan",
          "Indikator Kinerja Program (Outcome)/Kegiatan (Output)",
          "Indikator Sub Kegiatan",
          "Target",
          "Realisasi",
        ],
        [
          "2.17.03",
          "Program Pengawasan dan Pemeriksaan Koperasi",
          "Persentase koperasi sehat",
          null,
          "60",
          "58",
        ],
        [null, null, "Persentase koperasi yang melaksanakan RAT", null, "75", "69"],
        [
          "2.17.03.2.01",
          "Pemeriksaan dan Pengawasan Koperasi",
          "Jumlah koperasi yang diperiksa",
          null,
          "40",
          "38",
        ],
        [
          "2.17.03.2.01.0001",
          "Pemeriksaan Koperasi Simpan Pinjam",
          null,
          "Jumlah KSP yang diperiksa",
          "20",
          "19",
        ],
      ]),
    );
    expect(model.tables[0].fields).toMatchObject({ uraian: "B", indikator: "C", indikatorSubKegiatan: "D" });
    const got = model.indikator.map((i) => [
      i.indikator?.origin.cell,
      i.tingkat,
      i.induk?.jenis,
      i.induk?.cell,
    ]);
    expect(got).toEqual([
      ["C2", "program", undefined, undefined],
      ["C3", "program", undefined, undefined],
      ["C4", "kegiatan", "nama", "B2"],
      ["D5", "sub_kegiatan", "indikator", "C4"],
    ]);
    expect(model.indikator[1].bukti?.[0]).toBe(
      "kolom indikator program/kegiatan (C); tingkatnya sama dengan indikator di atasnya pada kolom ini",
    );
    expect(model.indikator[2].bukti?.[0]).toBe(
      "kolom indikator program/kegiatan (C); tingkatnya dari kode 2.17.03.2.01",
    );
  });
  it("two indicators starting on one row: both read, the numbers go to the deeper one, with a note", () => {
    const model = readT(
      sheet([
        ["Program", "Indikator Program", "Kegiatan", "Indikator Kegiatan", "Target", "Realisasi"],
        ["Program A", "Indeks kepuasan", "Kegiatan B", "Jumlah layanan", "10", "8"],
      ]),
    );
    const [p, k] = [byCell(model, "B2")[0], byCell(model, "D2")[0]];
    expect([p.tingkat, p.target, k.tingkat, k.target?.num]).toEqual(["program", undefined, "kegiatan", 10]);
    expect(k.induk).toMatchObject({ jenis: "indikator", cell: "B2" });
    expect(
      model.diagnostics.some((d) => d.cell === "D2" && /indikator program dan kegiatan/.test(d.message)),
    ).toBe(true);
  });
  it.each([
    [
      "a row with numbers and no indicator at all",
      [[null, null, null, null, "5", "4"]],
      [],
      "warning",
      "B3",
      /tanpa nama indikator di kolom indikator mana pun/,
    ],
    [
      "numbers under an indicator cell merged over two rows",
      [
        [null, null, null, "Jumlah layanan", "5", "4"],
        [null, null, null, null, "6", "5"],
      ],
      ["D3:D4"],
      "warning",
      "D4",
      /di bawah sel gabungan indikator kegiatan/,
    ],
  ])("%s is reported at its cell", (_n, extra, merges, severity, cell, re) => {
    const model = readT(
      sheet(
        [
          ["Program", "Indikator Program", "Kegiatan", "Indikator Kegiatan", "Target", "Realisasi"],
          ["Program A", "Indeks kepuasan", null, null, "10", "8"],
          ...(extra as CellSeed[][]),
        ],
        merges as string[],
      ),
    );
    expect(
      model.diagnostics.filter(
        (d) => d.severity === severity && d.cell === cell && (re as RegExp).test(d.message),
      ),
    ).toHaveLength(1);
  });
  it.each([
    ["'Jumlah' in the name column", ["Jumlah", null, null, null, "15", "12"], "total"],
    [
      "'Rata-rata Capaian' in the name column",
      ["Rata-rata Capaian", null, null, null, "15", "12"],
      "average",
    ],
    [
      "'Rata-rata capaian program' in an indicator column",
      [null, "Rata-rata capaian program", null, null, "15", "12"],
      "average",
    ],
    [
      "'Jumlah layanan terpadu' in an indicator column: an indicator",
      [null, null, null, "Jumlah layanan terpadu", "15", "12"],
      "data",
    ],
  ])("%s", (_n, last, kind) => {
    const model = readT(
      sheet([
        ["Program", "Indikator Program", "Kegiatan", "Indikator Kegiatan", "Target", "Realisasi"],
        ["Program A", "Indeks kepuasan", null, null, "10", "8"],
        [null, null, "Kegiatan B", "Jumlah layanan", "5", "4"],
        last as CellSeed[],
      ]),
    );
    expect(model.indikator.map((i) => i.rowKind)).toEqual(["data", "data", kind]);
    expect(model.diagnostics.filter((d) => d.severity === "warning")).toEqual([]);
    if (kind === "data") expect(model.indikator[2].uraian?.text).toBe("Kegiatan B"); // no name opened by the label row
  });
});
