/** ModelCell from a grid cell: Indonesian parsing, printed decimals, percent points, issues. */
import { readCell, type ColumnMode } from "../../src/workbook/cells";
import { assignLevels, leadingCode } from "../../src/workbook/hierarchy";
import type { GridCell } from "../../src/workbook/port";

const NUM: ColumnMode = { numeric: true, english: false, lenient: false };
const LENIENT: ColumnMode = { numeric: true, english: false, lenient: true };
const EN: ColumnMode = { numeric: true, english: true, lenient: false };
const TEXT: ColumnMode = { numeric: false, english: false, lenient: false };

describe("a cell keeps its number, printed decimals, percent flag and issue", () => {
  it.each<[string, GridCell | null, ColumnMode, object]>([
    ["General number: shortest decimals", { v: 57.9 }, NUM, { num: 57.9, decimals: 1, percent: false }],
    ["format 0.00 prints 2 decimals", { v: 63, fmt: "0.00" }, NUM, { num: 63, decimals: 2 }],
    ["format #,##0", { v: 3849148550, fmt: "#,##0" }, NUM, { num: 3849148550, decimals: 0 }],
    [
      "0.9 with 0% is 90 percent points",
      { v: 0.9, fmt: "0%" },
      NUM,
      { num: 90, decimals: 0, percent: true, raw: 0.9 },
    ],
    [
      "0.6178 with 0.00% is 61.78",
      { v: 0.6178, fmt: "0.00%" },
      NUM,
      { num: 61.78, decimals: 2, percent: true },
    ],
    ["text 17,65%", { v: "17,65%" }, NUM, { num: 17.65, decimals: 2, percent: true, text: "17,65%" }],
    ["text 70.95 in an Indonesian column", { v: "70.95" }, NUM, { num: 70.95, issue: "FORMAT_AMBIGUOUS" }],
    [
      "text 23,130,080,992 in an English column",
      { v: "23,130,080,992" },
      EN,
      { num: 23130080992, issue: "ENGLISH_FORMAT" },
    ],
    ["text n/a", { v: "n/a" }, NUM, { num: null, issue: "NOT_A_NUMBER" }],
    ["predikat BB as a target", { v: "BB" }, LENIENT, { num: null, text: "BB" }],
    ["range 70–80 as a target", { v: "70–80" }, LENIENT, { num: null, text: "70–80" }],
    [
      "error value",
      { v: null, error: "#DIV/0!" },
      NUM,
      { num: null, text: "#DIV/0!", issue: "NOT_A_NUMBER" },
    ],
    ["boolean", { v: true }, NUM, { num: null, issue: "NOT_A_NUMBER" }],
    ["Infinity", { v: Infinity }, NUM, { num: null, raw: null, issue: "NOT_A_NUMBER" }],
    ["NaN", { v: NaN }, NUM, { num: null, raw: null, issue: "NOT_A_NUMBER" }],
    ["huge with %", { v: 1e308, fmt: "0%" }, NUM, { num: null, issue: "NOT_A_NUMBER" }],
    ["blank", null, NUM, { num: null, text: "", decimals: null }],
    ["dash", { v: "-" }, NUM, { num: null }],
    ["text column keeps text", { v: " Persen " }, TEXT, { num: null, text: "Persen" }],
  ])("%s", (_n, cell, mode, expected) => {
    const m = readCell(cell, "S", "B2", mode);
    expect(m).toMatchObject({ origin: { sheet: "S", cell: "B2" }, ...expected });
    expect(
      m.issue === undefined || !("issue" in expected) || m.issue === (expected as { issue: string }).issue,
    ).toBe(true);
    if (!("issue" in expected)) expect(m.issue).toBeUndefined();
  });
});

describe("budget levels: level column, words, code prefixes, bold", () => {
  const h = (
    uraian: string,
    extra: { code?: string; tingkat?: string; strong?: boolean; total?: boolean } = {},
  ) => ({ uraian, strong: false, total: false, ...extra });
  it.each([
    [
      "words",
      [h("PROGRAM A"), h("Kegiatan B"), h("Sub Kegiatan C"), h("Sub Kegiatan D"), h("Kegiatan E")],
      [[0], [1, 0], [2, 1], [2, 1], [1, 0]],
    ],
    [
      "codes only",
      [h("A", { code: "1" }), h("B", { code: "1.1" }), h("C", { code: "1.1.1" }), h("D", { code: "2" })],
      [[0], [1, 0], [2, 1], [0]],
    ],
    [
      "004: sub kegiatan numbers repeat program numbers",
      [
        h("PROGRAM X", { code: "1" }),
        h("Kegiatan Y", { code: "1.1" }),
        h("Sub Kegiatan Z", { code: "2" }),
        h("PROGRAM W", { code: "2" }),
        h("Pemeriksaan", { code: "2.1" }),
      ],
      [[0], [1, 0], [2, 1], [0], [1, 3]],
    ],
    [
      "level column",
      [h("A", { tingkat: "Program" }), h("B", { tingkat: "3" }), h("C", { tingkat: "kegiatan" })],
      [[0], [2, 0], [1, 0]],
    ],
    [
      "bold parent, plain children",
      [h("Belanja Pegawai", { strong: true }), h("Gaji"), h("Tunjangan")],
      [[0], [1, 0], [1, 0]],
    ],
    ["a total has no level and no parent", [h("PROGRAM A"), h("Jumlah", { total: true })], [[0], []]],
  ])("%s", (_n, rows, expected) => {
    expect(
      assignLevels(rows).map((l) =>
        l.level === undefined ? [] : l.parent === undefined ? [l.level] : [l.level, l.parent],
      ),
    ).toEqual(expected);
  });
  it.each([
    ["1.1. Program Pelayanan", "1.1"],
    ["1.2.1. Pemeriksaan", "1.2.1"],
    ["Program tanpa kode", undefined],
    ["2024 adalah tahun", "2024"],
  ])("leadingCode(%j)", (t, e) => expect(leadingCode(t)).toBe(e));
});
