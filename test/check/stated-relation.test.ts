/**
 * Issue 9: the formulas a column-number row states ("14=6 + 12", "8=(7/6)") are relations the check
 * verifies on every row, K with K and Rp with Rp under one merged number.
 */
import { readModel } from "../../src/workbook";
import { runChecks } from "../../src/engine/check";
import { parseStated } from "../../src/workbook/relations";
import { toGrids, type LayoutWorkbook } from "../support/layout";

describe("parseStated: the column-number formulas forms print", () => {
  it.each([
    [
      "14=6 + 12",
      {
        n: 14,
        kind: "sum",
        terms: [
          { k: 6, sign: 1 },
          { k: 12, sign: 1 },
        ],
      },
    ],
    [
      "10=(5+7+9)",
      {
        n: 10,
        kind: "sum",
        terms: [
          { k: 5, sign: 1 },
          { k: 7, sign: 1 },
          { k: 9, sign: 1 },
        ],
      },
    ],
    [
      "(6) = 4 - 5",
      {
        n: 6,
        kind: "sum",
        terms: [
          { k: 4, sign: 1 },
          { k: 5, sign: -1 },
        ],
      },
    ],
    ["8=(7/6)", { n: 8, kind: "ratio", num: 7, den: 6 }],
    ["13=12/7x100%", { n: 13, kind: "ratio", num: 12, den: 7 }],
    ["(7) =5/6*100", { n: 7, kind: "ratio", num: 5, den: 6 }],
  ])("%s", (text, want) => expect(parseStated(text)).toEqual(want));
  it.each(["(1)", "5", "7=IF(5>6;1;0)", "8=(7/6)/2", "= 5 + 6"])("%s is no relation", (text) =>
    expect(parseStated(text)).toBeNull(),
  );
});

/** A Renja-style table: K | Rp pairs under merged numbers; column 14 = 6 + 12 per unit. */
function renja(k14: number, rp14: number, extra = 0): LayoutWorkbook {
  return {
    name: "renja",
    sheets: [
      {
        name: "T",
        merges: ["C1:D1", "E1:F1", "G1:H1", "C2:D2", "E2:F2", "G2:H2"],
        rows: [
          [
            "Kode",
            "Indikator Kinerja",
            "Realisasi s.d Tahun Lalu (2021)",
            null,
            "Realisasi Renja Tahun 2022",
            null,
            "Realisasi Renstra s/d Tahun 2022",
            null,
          ],
          ["1", "2", "6", null, "12", null, "14=6 + 12", null],
          [null, null, "K", "Rp", "K", "Rp", "K", "Rp"],
          ["1.01", "Persentase dokumen tepat waktu", 40, 1000, 30, 500, k14, rp14],
          ["1.02", "Jumlah kegiatan", 2, 300 + extra, 1, 200, 3, 500 + extra],
        ],
      },
    ],
  };
}

const errors = (wb: LayoutWorkbook) =>
  runChecks(readModel(toGrids(wb), { tahun: 2022 }), {})
    .filter((f) => f.severity === "error")
    .map((f) => `${f.rule} ${f.cell}`);

describe("stated relations hold on every row", () => {
  it("a table whose column 14 is 6 + 12 on every row gives no finding", () => {
    expect(errors(renja(70, 1500))).toEqual([]);
  });
  it("a wrong Rp sum is found at its cell, the K side checked with K", () => {
    expect(errors(renja(70, 1600))).toEqual(["TOTAL_MISMATCH H4"]);
    expect(errors(renja(71, 1500))).toEqual(["TOTAL_MISMATCH G4"]);
  });
  it("the message names the stated formula and the columns", () => {
    const f = runChecks(readModel(toGrids(renja(70, 1600)), { tahun: 2022 }), {}).find(
      (x) => x.cell === "H4",
    );
    expect(f?.message).toMatch(/menurut rumus kolom "14=6 \+ 12" \(6\) \+ \(12\) = 1\.500/);
    expect([f?.stated, f?.expected]).toEqual([1600, 1500]);
  });
});
