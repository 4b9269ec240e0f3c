/**
 * Budget tables whose levels show only in print (bold + roman numerals; Belanja Operasi/Modal blocks with subtotals
 * and a grand total): the reader recovers every row's level and parent, from grids and through a real .xlsx, and the
 * check finds exactly the errors typed into them, none on the corrected copies (issue 10 item 1).
 */
import { toGrids, toXlsxBuffer, withCells, type LayoutWorkbook } from "../support/layout";
import {
  blocks,
  blocksCorrected,
  blocksLastWithoutSubtotal,
  BLOCKS_ERRORS,
  BLOCKS_TREE,
  boldRoman,
  boldRomanCorrected,
  BOLD_ROMAN_ERRORS,
  BOLD_ROMAN_TREE,
  mergedIndent,
  mergedIndentCorrected,
  MERGED_ERRORS,
  MERGED_TREE,
  type PlantedError,
} from "../fixtures/layouts/hierarchy-budget";
import { REAL_FIXTURES } from "../fixtures/real";
import { readModel } from "../../src/workbook";
import { openXlsx } from "../../src/adapters/xlsx";
import { runChecks } from "../../src/engine/check";
import type { Model } from "../../src/engine/model/types";

const fromGrids = (wb: LayoutWorkbook): Promise<Model> => Promise.resolve(readModel(toGrids(wb), {}));
const fromXlsx = async (wb: LayoutWorkbook): Promise<Model> =>
  readModel(await (await openXlsx(await toXlsxBuffer(wb))).readSheets(), {});

/** Depth and parent row of every data row, as the reader placed them. */
function treeOf(model: Model): Record<number, [number, number | null]> {
  const out: Record<number, [number, number | null]> = {};
  const depth = (i: number): number => {
    const p = model.anggaran[i].parent;
    return p === undefined ? 0 : depth(p) + 1;
  };
  model.anggaran.forEach((a, i) => {
    if (a.rowKind !== "data") return;
    const p = a.parent === undefined ? null : model.anggaran[a.parent].row;
    out[a.row] = [depth(i), p];
  });
  return out;
}

const CASES: [
  string,
  LayoutWorkbook,
  LayoutWorkbook,
  Record<number, [number, number | null]>,
  PlantedError[],
][] = [
  ["bold + roman numeral parents", boldRoman, boldRomanCorrected, BOLD_ROMAN_TREE, BOLD_ROMAN_ERRORS],
  [
    "Belanja Operasi/Modal blocks with subtotals and grand total",
    blocks,
    blocksCorrected,
    BLOCKS_TREE,
    BLOCKS_ERRORS,
  ],
  [
    "group labels merged across columns, items indented",
    mergedIndent,
    mergedIndentCorrected,
    MERGED_TREE,
    MERGED_ERRORS,
  ],
];

describe.each([
  ["grids", fromGrids],
  ["xlsx", fromXlsx],
])("hierarchy read from print alone (%s)", (_via, read) => {
  it.each(CASES)("%s: every row's level and parent", async (_n, layout, corrected, tree) => {
    expect(treeOf(await read(layout))).toEqual(tree);
    expect(treeOf(await read(corrected))).toEqual(tree);
  });
  it.each(CASES)(
    "%s: the typed errors are found at their cells, nothing else",
    async (_n, layout, _c, _t, errors) => {
      const found = runChecks(await read(layout), {}).filter((f) => f.severity === "error");
      expect(found.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(
        errors.map((e) => `${e.rule} ${e.cell}`).sort(),
      );
    },
  );
  it.each(CASES)("%s: the corrected copy gives zero errors", async (_n, _l, corrected) => {
    expect(runChecks(await read(corrected), {}).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("a grand total after a last block printed without its subtotal", () => {
  it("adds up both blocks: zero errors", async () => {
    const m = await fromGrids(blocksLastWithoutSubtotal);
    expect(m.anggaran.find((a) => a.row === 17)?.rowKind).toBe("total");
    expect(runChecks(m, {}).filter((f) => f.severity === "error")).toEqual([]);
  });
  it("a wrong grand total is still found, compared with the last block", async () => {
    const wrong = withCells(blocksLastWithoutSubtotal, "salah", {
      "Tabel 3.11": { C17: 26921306500, E17: 91.62 },
    });
    const found = runChecks(await fromGrids(wrong), {}).filter((f) => f.severity === "error");
    expect(found.map((f) => `${f.rule} ${f.cell}`)).toEqual(["TOTAL_MISMATCH C17"]);
  });
});

describe("the evidence of merged labels and indentation", () => {
  it("labels merged across No and Uraian are 'sel gabungan', indented rows 'indentasi'", async () => {
    const m = await fromXlsx(mergedIndentCorrected);
    const bukti = new Map(m.anggaran.map((a) => [a.row, a.bukti]));
    expect([4, 5, 6].map((r) => bukti.get(r))).toEqual([
      ["sel gabungan", "jumlah anak cocok"],
      ["indentasi", "jumlah anak cocok"],
      ["indentasi"],
    ]);
  });
});

describe("the real exports keep their readings, now with their evidence", () => {
  it.each([
    ["02", "SIPD codes split over columns"],
    ["04", "SIPD flat export"],
  ])("%s (%s): every budget data row says 'kode'", async (key) => {
    const fx = REAL_FIXTURES.find((f) => f.key === key)!;
    const rows = (await fromGrids(fx.layout)).anggaran.filter((a) => a.rowKind === "data");
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.bukti).toEqual(["kode"]);
  });
  it("10 (DJPK accounts 4 › 41 › 4101): Pendapatan/Belanja/Pembiayaan and Belanja Operasi by their words, the rest by their codes", async () => {
    const fx = REAL_FIXTURES.find((f) => f.key === "10")!;
    const rows = (await fromGrids(fx.layout)).anggaran.filter((a) => a.rowKind === "data");
    const byCode = rows.map((r) => [r.kode?.text, r.bukti?.filter((b) => b !== "jumlah anak cocok")]);
    const words = byCode.filter(([, b]) => String(b) === "kata kunci").map(([k]) => k);
    expect(words).toEqual(["4", "5", "51", "6"]); // Pendapatan/Belanja/Pembiayaan Daerah, Belanja Operasi
    expect(byCode.filter(([k]) => !words.includes(k)).filter(([, b]) => String(b) !== "kode")).toEqual([]);
    expect(rows.filter((r) => r.bukti?.includes("jumlah anak cocok")).length).toBeGreaterThan(3);
  });
});

describe("ROLLUP_MISMATCH/TOTAL_MISMATCH messages of the bold + roman table name the true sums", () => {
  it("the JUMLAH row is compared with the three programs only (not 22 rows summed flat)", async () => {
    const total = runChecks(await fromGrids(boldRoman), {}).find((f) => f.cell === "C26");
    expect(total?.message).toBe(
      "Pagu pada baris jumlah tertulis 25.898.079.197 tetapi Σ 3 baris = 26.898.079.197 (selisih -1.000.000.000)",
    );
  });
  it("programs are tingkat program, kegiatan kegiatan, numbered rows sub kegiatan", async () => {
    const m = await fromGrids(boldRomanCorrected);
    const byRow = new Map(m.anggaran.map((a) => [a.row, a.tingkat]));
    expect([4, 5, 6, 18, 19, 20].map((r) => byRow.get(r))).toEqual([
      "program",
      "kegiatan",
      "sub_kegiatan",
      "program",
      "kegiatan",
      "sub_kegiatan",
    ]);
  });
});
