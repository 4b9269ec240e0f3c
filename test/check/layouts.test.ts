/**
 * The printed-layout workbooks of seeds 000 and 004 (test/fixtures/layouts): every checkable known error is found with
 * its rule and cell, truncations are not errors, and the corrected copies give zero errors.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { LAYOUTS, type KnownErrorAt } from "../fixtures/layouts";
import { toGrids, type LayoutWorkbook } from "../support/layout";
import { readModel } from "../../src/workbook";
import { runChecks, RULES } from "../../src/engine/check";
import type { Finding } from "../../src/engine/check/finding";

const CHECKABLE = new Set<string>(RULES.map((r) => r.id));
const known = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../fixtures/shared/known-errors.json"), "utf8"),
) as { id: string; checker_should_flag: boolean }[];

function check(layouts: LayoutWorkbook[]): Finding[] {
  return runChecks(readModel(layouts.flatMap(toGrids), {}), {});
}

const single = LAYOUTS.flatMap((e) =>
  e.errors
    .filter((k) => k.flag !== false && !k.scope && CHECKABLE.has(k.rule))
    .map((k) => ({ key: e.key, layout: e.layout, ...k })),
);
const truncations = LAYOUTS.flatMap((e) =>
  e.errors.filter((k) => k.flag === false).map((k) => ({ key: e.key, layout: e.layout, ...k })),
);

describe("every checkable known error in its own layout is found at its cell", () => {
  it.each(single)("$id $rule at $sheet!$cell ($key)", (k) => {
    const hits = check([k.layout]).filter(
      (f) => f.sheet === k.sheet && f.cell === k.cell && f.rule === k.rule,
    );
    expect(hits).toHaveLength(1);
    expect(hits[0].message).not.toBe("");
  });
});

describe("truncation-only entries (checker_should_flag: false) are never errors", () => {
  it("the layouts hold the fixture's truncation entries", () => {
    const ids = new Set(truncations.map((t) => t.id));
    const noFlag = known.filter((k) => !k.checker_should_flag).map((k) => k.id);
    expect(noFlag).toHaveLength(3);
    expect([...ids].every((id) => noFlag.includes(id))).toBe(true);
  });
  it.each(truncations)("$id at $sheet!$cell ($key)", (k) => {
    const at = check([k.layout]).filter((f) => f.sheet === k.sheet && f.cell === k.cell);
    expect(at.filter((f) => f.severity === "error")).toEqual([]);
    expect(at.some((f) => f.rule === "CAPAIAN_MISMATCH" && f.severity === "info")).toBe(true);
  });
});

describe("corrected copies give zero errors", () => {
  it.each(LAYOUTS.map((e) => ({ key: e.key, corrected: e.corrected })))("$key", ({ corrected }) => {
    expect(check([corrected]).filter((f) => f.severity === "error")).toEqual([]);
  });
  it.each(["000", "004"])("all tables of seed %s in one workbook", (seed) => {
    const errors = check(LAYOUTS.filter((e) => e.seed === seed).map((e) => e.corrected)).filter(
      (f) => f.severity === "error",
    );
    // Cross-table errors of other documents stay in the corrected copies (index.ts scope "cross"); none is an error here.
    expect(errors).toEqual([]);
  });
});

describe("tables of one seed checked together (VALUE_CONFLICT across tables)", () => {
  const seedOf = (seed: string) => LAYOUTS.filter((e) => e.seed === seed);
  const cross: (KnownErrorAt & { seed: string })[] = [
    { id: "KE000-20", rule: "VALUE_CONFLICT", sheet: "Tabel III.4", cell: "G6", seed: "000" },
  ];
  it.each(cross)("$id $rule at $sheet!$cell", (k) => {
    const f = check(seedOf(k.seed).map((e) => e.layout));
    expect(f.some((x) => x.rule === k.rule && x.sheet === k.sheet && x.cell === k.cell)).toBe(true);
  });
  it.each(["000", "004"])("seed %s: every single-table finding still appears", (seed) => {
    const f = check(seedOf(seed).map((e) => e.layout));
    const want = single.filter((k) => LAYOUTS.find((e) => e.key === k.key)?.seed === seed);
    for (const k of want)
      expect(f.some((x) => x.rule === k.rule && x.sheet === k.sheet && x.cell === k.cell)).toBe(true);
  });
});

describe("findings are sorted by sheet, row, column and unique per rule and cell", () => {
  it("Tabel 3.7: E9 before E10 (row order, not string order)", () => {
    const cells = check([LAYOUTS.find((e) => e.key === "004-t37")!.layout])
      .filter((f) => f.rule === "PERSEN_MISMATCH")
      .map((f) => f.cell);
    expect(cells.indexOf("E9")).toBeLessThan(cells.indexOf("E10"));
    expect(new Set(cells).size).toBe(cells.length);
  });
});
