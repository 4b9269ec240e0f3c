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

describe.each(REAL_FIXTURES.map((f) => [f.key]))("fixture %s: cached formula values", (key) => {
  const cells = formulaCells(key);
  it.each(cells.map((c) => [`${c.sheet}!${c.a1} =${c.formula}`, c]))("%s", (_name, c) => {
    const fx = REAL_FIXTURES.find((f) => f.key === key)!;
    const sheet = fx.layout.sheets.find((s) => s.name === c.sheet)!;
    expect(norm(evaluate(c.formula, sheet, fx.layout.sheets))).toEqual(norm(c.cached));
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
