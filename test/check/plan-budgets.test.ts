/**
 * Plan and revision budgets (issue 10 item 3; test/fixtures/layouts/plan-budgets.ts): a DPPA with
 * "Sebelum / Sesudah Perubahan" and "Bertambah / (Berkurang)", a PK budget annex headed
 * "URUSAN/PROGRAM", a DPA/DPPA with "Murni / Perubahan": read with their levels, the urusan line
 * as the total of the programmes below it, negatives in parentheses; the planted errors found at
 * their cells and nothing else; the corrected copies without an error.
 */
import {
  PLAN_BUDGETS,
  dppaRow,
  murniRow,
  DPPA_SHEET,
  MURNI_SHEET,
  PK_SHEET,
} from "../fixtures/layouts/plan-budgets";
import { bold, toGrids, type LayoutWorkbook } from "../support/layout";
import { readModel } from "../../src/workbook";
import { runChecks } from "../../src/engine/check";
import { budgetKey } from "../../src/engine/check/budget-key";
import type { Model } from "../../src/engine/model/types";

const read = (wb: LayoutWorkbook): Model => readModel(toGrids(wb), {});
const errors = (wb: LayoutWorkbook): string[] =>
  runChecks(read(wb), {})
    .filter((f) => f.severity === "error")
    .map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
const layout = (key: string) => PLAN_BUDGETS.find((p) => p.key === key)!;

describe("plan budgets: every column of the header is placed", () => {
  it.each([
    ["dppa-kode", { kode: "A", uraian: "B", paguSebelum: "C", pagu: "D", selisihStated: "E" }],
    ["pk-urusan-program", { kode: "A", uraian: "B", pagu: "C", sumberDana: "D" }],
    [
      "murni-perubahan",
      { kode: "A", uraian: "B", paguSebelum: "C", pagu: "D", selisihStated: "E", keterangan: "F" },
    ],
  ])("%s: one anggaran table, fields %j", (key, fields) => {
    const m = read(layout(key).corrected);
    expect(m.tables.map((t) => ({ kind: t.kind, fields: t.fields }))).toEqual([{ kind: "anggaran", fields }]);
  });
  it("renja-perubahan: 'Sebelum Perubahan' › Target | Pagu is the target and pagu before, 'Sesudah' the table's own", () => {
    const m = read(layout("renja-perubahan").corrected);
    expect(m.tables.map((t) => ({ kind: t.kind, fields: t.fields }))).toEqual([
      {
        kind: "kinerja+anggaran",
        fields: {
          kode: "A",
          uraian: "B",
          indikator: "C",
          targetSebelum: "D",
          paguSebelum: "E",
          target: "F",
          pagu: "G",
          selisihStated: "H",
        },
      },
    ]);
    expect(m.indikator[0].target?.text).toBe("25 %");
  });
});

describe("plan budgets: the levels, and the urusan line as the total of the rows below it", () => {
  const count = (m: Model) => ({
    program: m.anggaran.filter((a) => a.rowKind === "data" && a.tingkat === "program").length,
    kegiatan: m.anggaran.filter((a) => a.rowKind === "data" && a.tingkat === "kegiatan").length,
    sub: m.anggaran.filter((a) => a.rowKind === "data" && a.tingkat === "sub_kegiatan").length,
    totals: m.anggaran
      .filter((a) => a.rowKind === "total")
      .map((a) => `${a.row}${a.leading ? " (di atas)" : ""}`),
  });
  it.each([
    ["dppa-kode", { program: 3, kegiatan: 5, sub: 10, totals: ["7 (di atas)", "26"] }],
    ["pk-urusan-program", { program: 9, kegiatan: 0, sub: 0, totals: ["6 (di atas)"] }],
    ["murni-perubahan", { program: 3, kegiatan: 4, sub: 5, totals: ["19"] }],
    ["renja-perubahan", { program: 2, kegiatan: 3, sub: 5, totals: [] }],
  ])("%s", (key, expected) => {
    expect(count(read(layout(key).corrected))).toEqual(expected);
  });
  it("a sub kegiatan hangs under its kegiatan, the kegiatan under its programme (codes)", () => {
    const m = read(layout("dppa-kode").corrected);
    const at = (row: number) => m.anggaran.find((a) => a.row === row);
    const parentRow = (row: number) => m.anggaran[at(row)?.parent ?? -1]?.row;
    expect(parentRow(dppaRow("2.17.01.1.06.0004"))).toBe(dppaRow("2.17.01.1.06"));
    expect(parentRow(dppaRow("2.17.01.1.06"))).toBe(dppaRow("2.17.01"));
    expect(at(dppaRow("2.17.01"))?.parent).toBeUndefined();
  });
  it("a sub kegiatan hangs under its kegiatan (words only)", () => {
    const m = read(layout("murni-perubahan").corrected);
    const row = m.anggaran.find((a) => a.row === murniRow("Sub Kegiatan Mengukur"));
    expect(m.anggaran[row?.parent ?? -1]?.row).toBe(murniRow("Kegiatan Penilaian Kesehatan"));
  });
});

describe("plan budgets: Rupiah as printed", () => {
  const cell = (m: Model, sheet: string, a1: string) =>
    m.anggaran
      .flatMap((a) => [a.paguSebelum, a.pagu, a.selisihStated])
      .find((c) => c?.origin.sheet === sheet && c.origin.cell === a1)?.num;
  it.each([
    ["dppa-kode", DPPA_SHEET, `E${dppaRow("2.17.01.1.01")}`, -5000000], // -5000000 in "#,##0;(#,##0)"
    ["murni-perubahan", MURNI_SHEET, `E${murniRow("Program Pendidikan")}`, -3549212800], // "(3.549.212.800)"
    ["murni-perubahan", MURNI_SHEET, `C${murniRow("Program Pendidikan")}`, 3824212800], // "3.824.212.800"
    [
      "murni-perubahan",
      MURNI_SHEET,
      `D${murniRow("Sub Kegiatan Peningkatan Pemahaman dan Pengetahuan UKM")}`,
      null,
    ], // "-"
    ["pk-urusan-program", PK_SHEET, "C7", 14200283067], // "Rp 14.200.283.067"
  ])("%s %s!%s = %s", (key, sheet, a1, value) => {
    expect(cell(read(layout(key).corrected), sheet, a1)).toBe(value);
  });
});

describe("plan budgets: exactly the planted errors are found, at their cells", () => {
  it.each(PLAN_BUDGETS.map((p) => ({ key: p.key, p })))("$key", ({ p }) => {
    const expected = p.planted.map((e) => `${e.rule} ${e.sheet}!${e.cell}`).sort();
    expect(errors(p.layout).sort()).toEqual(expected);
  });
  it("the stated difference names both pagu and prints a decrease in parentheses", () => {
    const f = runChecks(read(layout("dppa-kode").layout), {}).find(
      (x) => x.cell === `E${dppaRow("2.17.01.1.06.0004")}`,
    );
    expect(f?.message).toBe("Selisih tertulis (11.981.118) tetapi 23.081.382 − 34.999.500 = (11.918.118)");
  });
});

describe("plan budgets: the corrected copies are read and give zero errors", () => {
  it.each(PLAN_BUDGETS.map((p) => ({ key: p.key, p })))("$key", ({ p }) => {
    const m = read(p.corrected);
    expect(m.anggaran.length).toBeGreaterThan(0);
    expect(errors(p.corrected)).toEqual([]);
  });
  it("all three in one workbook: only the pagu the PK annex and the DPPA state differently, matched by name", () => {
    // The DPPA holds three programmes of the Dinas with their revised pagu, the PK annex all nine; programmes of
    // one name and level are compared wherever their rows stand.
    const three = PLAN_BUDGETS.filter((p) => p.key !== "renja-perubahan");
    const wb: LayoutWorkbook = { name: "all", sheets: three.flatMap((p) => p.corrected.sheets) };
    const found = runChecks(read(wb), {}).filter((f) => f.severity === "error");
    expect(
      found.map(
        (f) =>
          `${f.rule} ${f.sheet}!${f.cell} ${f.message.split(" tertulis")[0]} ${f.message.split(" di ").pop()}`,
      ),
    ).toEqual([
      `VALUE_CONFLICT ${PK_SHEET}!C6 Pagu "URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH" ${DPPA_SHEET}!D7 (selisih 8.414.955.611,00)`,
      `VALUE_CONFLICT ${PK_SHEET}!C10 Pagu "Program Pengawasan dan Pemeriksaan Koperasi" ${DPPA_SHEET}!D18 (selisih 100.000.000,00)`,
    ]);
  });
});

describe("a plan's pagu against the realisation table that names the same programmes (VALUE_CONFLICT by name)", () => {
  // LKjIP Tabel 3.7 style: numbered programme names in another order; only Pengawasan's pagu differs from the DPPA.
  const realisasi: LayoutWorkbook = {
    name: "Realisasi anggaran 2024",
    sheets: [
      {
        name: "Tabel 3.7",
        rows: [
          [bold("Tabel 3.7 Realisasi Anggaran per Program Tahun 2024")],
          [],
          ["No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Capaian (%)"],
          [
            null,
            "1. Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)",
            "2.558.016.353",
            "2.430.115.535",
            "95,00",
          ],
          [null, "2. Program Pengawasan dan Pemeriksaan Koperasi", "185.000.000", "166.500.000", "90,00"],
          [
            null,
            "3. Program Penunjang Urusan Pemerintahan Daerah Provinsi",
            "9.401.445.305",
            "8.930.000.000",
            "94,99",
          ],
          [null, bold("Jumlah"), bold("12.144.461.658"), bold("11.526.615.535"), bold("94,91")],
        ],
      },
    ],
  };
  it("alone, the realisation table has no error", () => {
    expect(errors(realisasi)).toEqual([]);
  });
  it("with the DPPA: Pengawasan's pagu, and only it, conflicts", () => {
    const wb: LayoutWorkbook = {
      name: "both",
      sheets: [...layout("dppa-kode").corrected.sheets, ...realisasi.sheets],
    };
    const found = runChecks(read(wb), {}).filter((f) => f.rule === "VALUE_CONFLICT");
    expect(found.map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual([
      `Tabel 3.7!C5 Pagu "2. Program Pengawasan dan Pemeriksaan Koperasi" tertulis 185.000.000 di sini tetapi 175.000.000 di ${DPPA_SHEET}!D${dppaRow("2.17.03")} (selisih 10.000.000,00)`,
    ]);
  });
});

describe("budgetKey: one programme under its several spellings", () => {
  it.each([
    ["1. Program Pengawasan dan Pemeriksaan Koperasi", "pengawasan pemeriksaan koperasi"],
    ["PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", "pengawasan pemeriksaan koperasi"],
    ["1.1. Program Pelayanan Izin Usaha Simpan Pinjam", "pelayanan izin usaha simpan pinjam"],
    ["II. Program Pengembangan UMKM", "pengembangan umkm"],
    ["Sub kegiatan Fasilitasi Izin Usaha Simpan Pinjam", "fasilitasi izin usaha simpan pinjam"],
    ["Kegiatan Penerbitan Izin Usaha", "penerbitan izin usaha"],
    ["Penyediaan Gaji dan Tunjangan ASN", "penyediaan gaji tunjangan asn"],
    ["Program", "program"], // nothing but the level word: kept
    ["2024 Anggaran", "2024 anggaran"], // a year is no numbering
    ["a) Kegiatan Pemeliharaan Mebel", "pemeliharaan mebel"],
    ["Ikan Hias", "ikan hias"], // a word, not a numeral
  ])("%s → %s", (name, key) => {
    expect(budgetKey(name)).toBe(key);
  });
});
