/**
 * The real-workbook fixtures are self-consistent: every formula's cached value is what the formula
 * computes on the fixture's own cells, and every expectation points at cells the layout has.
 */
import { REAL_FIXTURES } from "../fixtures/real";
import { HEADER, MERGES } from "../fixtures/real/02-sipd-rekap-belanja";
import { sipdExport, SIPD_MIN_ROWS } from "../fixtures/real/sipd-large";
import { evaluate, type Value } from "./formula-eval";
import { parseA1, type CellSeed, type LayoutSheet } from "./layout";
import { colLetter } from "../../src/workbook/a1";

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

/** The value a careful person reads in a cell: % formats in percent points, "0,00"/"1.234,5" as numbers, "-" as empty. */
function shown(seed: CellSeed): string | number | null {
  if (seed === null) return null;
  const v = typeof seed === "object" ? seed.v : seed;
  const pct = typeof seed === "object" && (seed.fmt ?? "").includes("%");
  if (typeof v === "number") return pct ? v * 100 : v;
  if (v === null || v.trim() === "" || v.trim() === "-") return null;
  const t = v.trim();
  if (/^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+,\d+$/.test(t))
    return Number(t.replace(/\./g, "").replace(",", "."));
  return t;
}

/** The seed at an A1 address, or the top-left seed of the merge that covers it. */
function seedAt(sheet: LayoutSheet, a1: string): CellSeed {
  const { row, col } = parseA1(a1);
  for (const m of sheet.merges ?? []) {
    const [tl, br] = m.split(":").map(parseA1);
    if (row >= tl.row && row <= br.row && col >= tl.col && col <= br.col)
      return sheet.rows[tl.row - (sheet.startRow ?? 1)]?.[tl.col - (sheet.startCol ?? 1)] ?? null;
  }
  return sheet.rows[row - (sheet.startRow ?? 1)]?.[col - (sheet.startCol ?? 1)] ?? null;
}

describe("real-workbook fixtures: every sample value is what the layout shows in the mapped column", () => {
  it.each(REAL_FIXTURES.map((f) => [f.key, f]))("fixture %s", (_key, fx) => {
    const wrong: string[] = [];
    for (const t of fx.expected.tables) {
      const sheet = fx.layout.sheets.find((x) => x.name === t.sheet)!;
      const letterOf = Object.fromEntries(Object.entries(t.columns).map(([l, f]) => [f, l]));
      for (const smp of t.samples)
        for (const [field, want] of Object.entries(smp.values)) {
          const l = letterOf[field];
          if (!l) continue; // a field read from several columns (kode over A–D) is checked by the reader test only
          // A row the file types one column off its headers is read where its values are.
          const at = colLetter(parseA1(`${l}1`).col + (smp.shift ?? 0));
          const got = shown(seedAt(sheet, `${at}${smp.row}`));
          const same =
            typeof want === "number" && typeof got === "number"
              ? Math.abs(want - got) <= 1e-9 * Math.max(1, Math.abs(want))
              : typeof want === "string" && typeof got === "number"
                ? want === String(got) // a code typed as a number (4101) is read as its text
                : want === got;
          if (!same)
            wrong.push(
              `${t.sheet}!${at}${smp.row} ${field}: expected ${String(want)}, layout shows ${String(got)}`,
            );
        }
    }
    expect(wrong).toEqual([]);
  });
});

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

describe("sipdExport: a SIPD export of any size with fixture 02's layout", () => {
  const wb = sipdExport(300);
  const sheet = wb.sheets[0];
  const dataRows = sheet.rows.slice(HEADER.length, -1);
  const text = (c: CellSeed): string | number | null =>
    (c !== null && typeof c === "object" ? c.v : c) as string | number | null;
  const amount = (c: CellSeed): number => {
    const v = text(c);
    return typeof v === "number" ? v : 0;
  };
  /** The row's most specific code (rekening in D, else C, else B, else A). */
  const code = (row: CellSeed[]): string =>
    String(text(row[3]) ?? text(row[2]) ?? text(row[1]) ?? text(row[0]));

  it.each([10, 11, 17, 300, 1234])("has exactly %i data rows between the header and the Jumlah row", (n) => {
    const s = sipdExport(n).sheets[0];
    expect(s.rows.length).toBe(HEADER.length + n + 1);
    expect(text(s.rows[s.rows.length - 1][4])).toBe("Jumlah");
  });
  it("refuses fewer rows than a program needs", () => {
    expect(() => sipdExport(SIPD_MIN_ROWS - 1)).toThrow(/at least/);
  });
  it("keeps fixture 02's header rows and merges", () => {
    expect(sheet.rows.slice(0, HEADER.length)).toEqual(HEADER);
    expect(sheet.merges).toEqual(MERGES);
  });
  it("is the same workbook for the same size", () => {
    expect(sipdExport(300)).toEqual(wb);
  });
  /** urusan 0, bidang 1, SKPD 2, program 3, kegiatan 4, sub kegiatan 5, rekening 6..9 (by segments). */
  const level = (row: CellSeed[]): number => {
    const segs = (c: CellSeed): number => String(text(c)).split(".").length;
    if (text(row[3]) !== null) return 6 + segs(row[3]) - 3;
    if (text(row[2]) !== null) return { 3: 3, 5: 4, 6: 5 }[segs(row[2])] ?? -1;
    if (text(row[1]) !== null) return 2;
    return segs(row[0]) - 1;
  };
  it("has every parent equal to the sum of its direct children (Operasi and Modal, anggaran and realisasi)", () => {
    const wrong: string[] = [];
    dataRows.forEach((row, i) => {
      const l = level(row);
      const direct: CellSeed[][] = [];
      for (let j = i + 1; j < dataRows.length && level(dataRows[j]) > l; j++)
        if (level(dataRows[j]) === l + 1) direct.push(dataRows[j]);
      if (direct.length === 0) return;
      for (const col of [5, 6, 7, 8]) {
        const s = direct.reduce((t, r) => t + amount(r[col]), 0);
        if (s !== amount(row[col]))
          wrong.push(`row ${HEADER.length + 1 + i} ${code(row)} column ${col}: ${amount(row[col])} ≠ ${s}`);
      }
    });
    expect(wrong).toEqual([]);
  });
  it("nests each level directly under the one above, ending in leaf accounts", () => {
    const jumps = dataRows.filter((row, i) => i > 0 && level(row) > level(dataRows[i - 1]) + 1).map(code);
    expect(jumps).toEqual([]);
    expect(level(dataRows[dataRows.length - 1])).toBe(9);
  });
  it("caches every formula at what it computes", () => {
    const wrong = sheet.rows.flatMap((row, i) =>
      row.flatMap((seed, j) => {
        if (seed === null || typeof seed !== "object" || !seed.formula) return [];
        const cached = norm(seed.error ? { error: seed.error } : (seed.v ?? 0));
        const computed = norm(evaluate(seed.formula, sheet));
        return JSON.stringify(cached) === JSON.stringify(computed) ? [] : [`${letter(j + 1)}${i + 1}`];
      }),
    );
    expect(wrong).toEqual([]);
  });
  it("mixes operating and capital spending and types zeros as '0,00'", () => {
    expect(dataRows.some((r) => String(text(r[3])).startsWith("5.2.02"))).toBe(true);
    expect(dataRows.some((r) => String(text(r[3])).startsWith("5.1.02"))).toBe(true);
    expect(dataRows.some((r) => text(r[6]) === "0,00")).toBe(true);
  });
});
