/**
 * The real-workbook fixtures are self-consistent: every formula's cached value is what the formula
 * computes on the fixture's own cells, and every expectation points at cells the layout has.
 */
import { REAL_FIXTURES } from "../fixtures/real";
import { evaluate, type Value } from "./formula-eval";
import type { CellSeed } from "./layout";

type FormulaCell = { sheet: string; a1: string; formula: string; cached: Value };

const letter = (col: number): string =>
  col <= 26
    ? String.fromCharCode(64 + col)
    : letter(Math.floor((col - 1) / 26)) + letter(((col - 1) % 26) + 1);

function formulaCells(key: string): FormulaCell[] {
  const fx = REAL_FIXTURES.find((f) => f.key === key)!;
  const out: FormulaCell[] = [];
  for (const sheet of fx.layout.sheets)
    sheet.rows.forEach((row, i) =>
      row.forEach((seed: CellSeed, j) => {
        if (seed === null || typeof seed !== "object" || !seed.formula) return;
        const a1 = `${letter((sheet.startCol ?? 1) + j)}${(sheet.startRow ?? 1) + i}`;
        const cached: Value = seed.error ? { error: seed.error } : (seed.v ?? 0);
        out.push({ sheet: sheet.name, a1, formula: seed.formula, cached });
      }),
    );
  return out;
}

/** Numbers to 12 significant digits, so float noise does not count as a difference. */
const norm = (v: Value): Value => (typeof v === "number" ? Number(v.toPrecision(12)) : v);

describe("real-workbook fixtures: every cached formula value is what the formula computes", () => {
  it.each(REAL_FIXTURES.map((f) => [f.key]))("fixture %s", (key) => {
    const fx = REAL_FIXTURES.find((f) => f.key === key)!;
    const wrong = formulaCells(key)
      .map((c) => {
        const sheet = fx.layout.sheets.find((s) => s.name === c.sheet)!;
        const computed = norm(evaluate(c.formula, sheet, fx.layout.sheets));
        return { at: `${c.sheet}!${c.a1} =${c.formula}`, cached: norm(c.cached), computed };
      })
      .filter((x) => JSON.stringify(x.cached) !== JSON.stringify(x.computed));
    expect(wrong).toEqual([]);
  });
});

describe.each(REAL_FIXTURES.map((f) => [f.key, f]))(
  "fixture %s: expectations point into the layout",
  (_key, fx) => {
    it("names its source file and only sheets the layout has", () => {
      expect(fx.expected.source).toMatch(new RegExp(`^${fx.key}_.+\\.xlsx$`));
      for (const t of fx.expected.tables) expect(fx.layout.sheets.map((s) => s.name)).toContain(t.sheet);
    });
    it("samples rows below the header, inside the sheet", () => {
      for (const t of fx.expected.tables) {
        const sheet = fx.layout.sheets.find((s) => s.name === t.sheet)!;
        const last = (sheet.startRow ?? 1) + sheet.rows.length - 1;
        for (const s of t.samples) {
          expect(s.row).toBeGreaterThan(t.headerRows[1]);
          expect(s.row).toBeLessThanOrEqual(last);
        }
      }
    });
  },
);

describe("the fixture formula evaluator computes what Excel shows", () => {
  const sheet = {
    name: "S",
    rows: [
      [10, "0,00", null, "1.234,5", "teks", 0],
      [{ v: null, error: "#N/A" }, 3, 4],
    ],
  };
  const other = { name: "Lain Sheet", rows: [[7]] };
  it.each<[string, unknown]>([
    ["A1+B1", 10], // "0,00" is zero in an Indonesian-locale Excel
    ["A1+C1", 10], // empty is zero
    ["D1*2", 2469],
    ["A1+E1", { error: "#VALUE!" }],
    ["A1/F1", { error: "#DIV/0!" }],
    ['IFERROR(A1/F1,"0%")', "0%"],
    ["A2+1", { error: "#N/A" }],
    ["SUM(A1:F1)", 10], // SUM skips text
    ["SUBTOTAL(9,A1:C1)", 10],
    ["SUBTOTAL(9,A1:A2)", { error: "#N/A" }], // errors propagate, as in Excel
    ["(A1/B2)*100", (10 / 3) * 100],
    ["2+3*4-6/2", 11],
    ["'Lain Sheet'!A1*A1", 70],
    ['IF(99.99999999999999=100,"SELESAI","CEK")', "SELESAI"],
    ["SUM(#REF!)", { error: "#REF!" }],
    ["COUNTA(A1:F1)", 5], // C1 is empty
    ["COUNTA(S!A:A)", 2], // a whole column covers the typed rows
    ['IF(E1="TEKS",1,0)', 1], // text equality ignores case
    ["VLOOKUP(3,B2:C2,2,FALSE)", 4],
    ["VLOOKUP(9,B2:C2,2,FALSE)", { error: "#N/A" }],
  ])("%s", (f, want) => {
    expect(evaluate(f, sheet, [sheet, other])).toEqual(want);
  });
});
