/**
 * Seed 002's Renja plan tables (Tabel 3.2 and 4.1, test/fixtures/layouts) checked alone and with the
 * Tabel 2.1 evaluation: no error on either plan table, and their programme pagu compared by name,
 * never by row order (KE002-25 at Tabel 4.1!D8). The whole KE002 acceptance test stays in
 * test/pending/layouts-002.test.ts until Tabel 2.1's budget side is read.
 */
import { t21 } from "../fixtures/layouts/seed002-t21";
import { t32, T32_SHEET } from "../fixtures/layouts/seed002-t32";
import { t41, T41_SHEET } from "../fixtures/layouts/seed002-t41";
import { toGrids, type LayoutWorkbook } from "../support/layout";
import { readModel } from "../../src/workbook";
import { runChecks } from "../../src/engine/check";
import type { Finding } from "../../src/engine/check/finding";

const check = (layouts: LayoutWorkbook[]): Finding[] =>
  runChecks(readModel(layouts.flatMap(toGrids), {}), {});
const conflicts = (f: Finding[]) => f.filter((x) => x.rule === "VALUE_CONFLICT");

describe("seed 002 plan tables alone: every roll-up and total holds", () => {
  it.each([
    ["Tabel 3.2", t32],
    ["Tabel 4.1", t41],
  ])("%s gives no error", (_n, wb) => {
    expect(check([wb]).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("seed 002 Tabel 3.2 with 4.1: pagu compared by name and level (KE002-25)", () => {
  const found = conflicts(check([t21, t32, t41]));
  const at = (cell: string) => found.find((f) => f.sheet === T41_SHEET && f.cell === cell);
  it("the urusan line D8 against Tabel 3.2!F6", () => {
    expect(at("D8")?.message).toBe(
      'Pagu "URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH" tertulis 20.549.417.269 di sini tetapi 23.633.051.862 di Tabel 3.2!F6 (selisih -3.083.634.593,00)',
    );
  });
  it("a programme on row 9 against its namesake on row 7, whatever the rows between", () => {
    expect(at("D9")?.message).toContain(`di ${T32_SHEET}!F7`);
  });
  it("a name twice in Tabel 4.1 (Penyediaan Jasa Penunjang …, under two programmes) is not compared", () => {
    const twice = t41.sheets[0].rows.flatMap((r, i) =>
      r[1] === "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah" ? [`D${i + 1}`] : [],
    );
    expect(twice).toHaveLength(2);
    expect(twice.filter((cell) => at(cell))).toEqual([]);
  });
  it("Tabel 2.1 evaluates 2022: its pagu are never compared with the 2024 plan", () => {
    expect(found.filter((f) => f.sheet === "Tabel 2.1" || f.message.includes("Tabel 2.1!"))).toEqual([]);
  });
  it("the findings are where the later table states the other value", () => {
    expect([...new Set(found.map((f) => f.sheet))]).toEqual([T41_SHEET]);
  });
});
