/** Nasty variants: read right where possible, otherwise a diagnostic with its cell; never an exception. */
import { toGrids } from "../support/layout";
import {
  NASTY,
  numbersAsText,
  englishSeparators,
  mergedHeaders,
  blankRowsInside,
  notesBeside,
  twoTables,
  noTable,
  errorsAndExtremes,
  onlyTotals,
} from "../fixtures/layouts/nasty";
import { readModel } from "../../src/workbook";
import type { ModelCell } from "../../src/engine/model/types";

const c = (m: ModelCell | undefined): string =>
  m ? `${m.origin.cell}=${m.num ?? ""}${m.issue ? `!${m.issue}` : ""}` : "-";

describe("no nasty variant throws", () => {
  it.each(NASTY.map((wb) => [wb.name, wb] as const))("%s", (_n, wb) => {
    expect(() => readModel(toGrids(wb))).not.toThrow();
  });
});

describe("numbers as Indonesian text are read with the engine's parser", () => {
  const m = readModel(toGrids(numbersAsText));
  it.each([
    ["capaian '98,86 %'", () => m.indikator[0].capaianStated, "F2=98.86"],
    ["target '73 (BB)'", () => m.indikator[1].target, "D3=73"],
    ["pagu 'Rp. 5.670.694.672,-'", () => m.anggaran[0].pagu, "C6=5670694672"],
    ["realisasi 'Rp 3.790.022.175'", () => m.anggaran[0].realisasi, "D6=3790022175"],
    ["pagu '(1.402.374.992)'", () => m.anggaran[1].pagu, "C7=-1402374992"],
    ["realisasi '-' is empty", () => m.anggaran[1].realisasi, "D7="],
    ["% '–' is empty", () => m.anggaran[1].serapanStated, "E7="],
  ])("%s", (_n, get, expected) => expect(c(get())).toBe(expected));
  it("finds both tables on the sheet", () =>
    expect(m.tables.map((t) => t.kind)).toEqual(["kinerja", "anggaran"]));
});

describe("an English-formatted column is read as English and said so once per column", () => {
  const m = readModel(toGrids(englishSeparators));
  it("values and issues", () => {
    expect(m.anggaran.map((a) => c(a.pagu))).toEqual([
      "C2=23130080992!ENGLISH_FORMAT",
      "C3=148331900!ENGLISH_FORMAT",
      "C4=0.065!ENGLISH_FORMAT",
    ]);
    expect(c(m.anggaran[0].serapanStated)).toBe("E2=92.15!ENGLISH_FORMAT");
  });
  it("one info per column", () => {
    expect(m.diagnostics.filter((d) => /format angka Inggris/.test(d.message)).map((d) => d.cell)).toEqual([
      "C1",
      "D1",
      "E1",
    ]);
  });
});

describe("layout variants", () => {
  it("merged two-level header under a title line: one table, groups decide pagu/serapan", () => {
    const m = readModel(toGrids(mergedHeaders));
    expect(m.tahun).toBe(2024);
    expect(m.tables).toHaveLength(1);
    expect(m.tables[0]).toMatchObject({
      kind: "kinerja+anggaran",
      range: "A2:H4",
      title: "CAPAIAN KINERJA DAN ANGGARAN TAHUN 2024",
    });
    expect(m.tables[0].fields).toEqual({
      kode: "A",
      indikator: "B",
      target: "C",
      realisasi: "D",
      capaianStated: "E",
      pagu: "F",
      realisasiAnggaran: "G",
      serapanStated: "H",
    });
  });
  it("blank rows inside a table do not end it", () => {
    expect(readModel(toGrids(blankRowsInside)).indikator.map((i) => c(i.target))).toEqual([
      "D2=80",
      "D4=50",
      "D7=10",
    ]);
  });
  it("notes beside the table are left out with an info at the note's cell", () => {
    const m = readModel(toGrids(notesBeside));
    expect(m.tables[0]).toMatchObject({ range: "A1:F3", sumber: "Data Dinas" });
    expect(m.indikator).toHaveLength(2);
    expect(m.diagnostics.some((d) => d.cell === "H2" && d.severity === "info")).toBe(true);
  });
  it("two tables on one sheet, the second offset by a column", () => {
    const m = readModel(toGrids(twoTables));
    expect(m.tables.map((t) => [t.range, t.kind, t.title])).toEqual([
      ["A2:F3", "kinerja", "Tabel 1 Capaian Kinerja"],
      ["B7:F10", "anggaran", "Tabel 2 Realisasi Anggaran"],
    ]);
    expect(m.anggaran.map((a) => [a.tingkat, a.rowKind, a.parent])).toEqual([
      ["program", "data", undefined],
      ["kegiatan", "data", 0],
      ["lain", "total", undefined],
    ]);
  });
  it("sheets without a table give an info each, no table", () => {
    const m = readModel(toGrids(noTable));
    expect(m.tables).toEqual([]);
    expect(m.diagnostics.filter((d) => d.severity === "info").map((d) => `${d.sheet}!${d.cell}`)).toEqual([
      "Surat!A1",
      "Angka!C5",
    ]);
  });
  it("error values and junk are NOT_A_NUMBER, extremes stay finite", () => {
    const m = readModel(toGrids(errorsAndExtremes));
    expect(m.indikator.map((i) => [c(i.realisasi), c(i.capaianStated)])).toEqual([
      ["E2=!NOT_A_NUMBER", "F2=!NOT_A_NUMBER"],
      ["E3=9.99e+307", "F3=1e-10"],
      ["E4=5e-324", "F4=0"],
      ["E5=!NOT_A_NUMBER", "F5=!NOT_A_NUMBER"],
      ["E6=-1.5", "F6=50"],
    ]);
    expect(m.indikator[0].realisasi?.text).toBe("#DIV/0!");
    expect(m.indikator[3].target).toMatchObject({ num: null, issue: "NOT_A_NUMBER", text: "n/a" });
  });
  it("a table of only Jumlah and Rata-rata rows", () => {
    const m = readModel(toGrids(onlyTotals));
    expect(m.anggaran.map((a) => a.rowKind)).toEqual(["total", "average"]);
  });
});
