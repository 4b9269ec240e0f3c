import { evaluateFormula, numberOf } from "../../src/workbook/formula-eval";
import { readModel } from "../../src/workbook";
import { runChecks } from "../../src/engine/check";
import { formula, toGrids, type LayoutWorkbook } from "../support/layout";

// Cells of a small sheet: A1 = 10, B1 = "2.500,5" (Indonesian text), C1 empty, D1 = 0.
const look = (r: number, c: number): number | null =>
  r !== 1 ? null : ([10, numberOf("2.500,5"), null, 0][c - 1] ?? null);

describe("uncached formulas: plain arithmetic is evaluated over the sheet", () => {
  it.each([
    ["A1+B1", 2510.5],
    ["$A$1*2-1", 19],
    ["(A1+B1)/A1", 251.05],
    ["SUM(A1:D1)", 2510.5],
    ["-A1+C1", -10], // an empty cell counts 0, as in Excel
    ["=A1/4", 2.5],
  ])("%s", (f, want) => expect(evaluateFormula(f, look)).toBeCloseTo(want, 9));
  it.each([
    ["division by zero", "A1/D1"],
    ["a function it does not know", "VLOOKUP(A1,B1:C1,2)"],
    ["text concatenation", 'A1&"x"'],
    ["another sheet", "Sheet2!A1"],
    ["an unclosed parenthesis", "(A1+B1"],
  ])("%s → unknown", (_n, f) => expect(evaluateFormula(f, look)).toBeNull());
});

const budget = (serapan: CellSeed2, total: CellSeed2): LayoutWorkbook => ({
  name: "formula cells",
  sheets: [
    {
      name: "Anggaran",
      rows: [
        ["Kode", "Uraian", "Pagu", "Realisasi", "Serapan (%)", "Sisa"],
        ["1.01", "Program A", 1000, 897.31, serapan, formula("C2-D2", 102.69)],
        ["1.02", "Program B", 3000, 1000, formula("D3/C3", 1000 / 3000, "0%"), formula("C3-D3", 2000)],
        ["", "Jumlah", total, formula("SUM(D2:D3)", 1897.31), null, null],
      ],
    },
  ],
});
type CellSeed2 = ReturnType<typeof formula> | number;

describe("formula cells are compared at full precision", () => {
  const errors = (wb: LayoutWorkbook) =>
    runChecks(readModel(toGrids(wb), { tahun: 2024 }), {}).filter((f) => f.severity === "error");
  it("a right formula formatted 0% (89,73 % shown as 90 %) gives no finding", () => {
    expect(errors(budget(formula("D2/C2", 0.89731, "0%"), formula("SUM(C2:C3)", 4000)))).toEqual([]);
  });
  it("a formula pointing at the wrong cells is found at its cell", () => {
    const found = errors(budget(formula("D3/C2", 1.0, "0%"), formula("SUM(C2:C3)", 4000)));
    expect(found.map((f) => `${f.rule} ${f.cell}`)).toEqual(["PERSEN_MISMATCH E2"]);
  });
  it("a total formula over too few rows is found", () => {
    const found = errors(budget(formula("D2/C2", 0.89731, "0%"), formula("SUM(C2:C2)", 1000)));
    expect(found.map((f) => `${f.rule} ${f.cell}`)).toEqual(["TOTAL_MISMATCH C4"]);
  });
  it("an uncached formula gets its value from the sheet and is checked like any other", () => {
    const m = readModel(toGrids(budget(formula("D2/C2", null, "0%"), formula("SUM(C2:C3)", null))), {
      tahun: 2024,
    });
    expect(m.anggaran.find((a) => a.row === 2)?.serapanStated?.num).toBeCloseTo(89.731, 9);
    expect(m.anggaran.find((a) => a.row === 4)?.pagu?.num).toBe(4000);
  });
});
