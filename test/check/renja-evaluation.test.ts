/**
 * The checks on a Renja evaluation form's budget side and closing block (issue 10, seed 002 Tabel 2.1's
 * KE002-12…23 in small): one error planted at a time in ../fixtures/layouts/renja-eval-small.ts is
 * found at its cell, and the form as written gives no error.
 */
import { readModel } from "../../src/workbook";
import { runChecks } from "../../src/engine/check";
import type { CellSeed } from "../support/layout";
import { toGrids } from "../support/layout";
import { small, smallCell } from "../fixtures/layouts/renja-eval-small";
import { pct, rp } from "../fixtures/layouts/seed002-t21-rows";
import { t21Triwulan } from "../fixtures/layouts/seed002-t21";

const errorsOf = (patches: [string, string, CellSeed][]) =>
  runChecks(readModel(toGrids(small(patches)), {}), {}).filter((f) => f.severity !== "info");

it("the small form as written: no error", () => {
  expect(errorsOf([]).filter((f) => f.severity === "error")).toEqual([]);
});

type Case = { name: string; rule: string; patch: [string, string, CellSeed][]; at: [string, string][] };

describe.each<Case>([
  {
    name: "column 5 of a programme ≠ its kegiatan (KE002-13)",
    rule: "ROLLUP_MISMATCH",
    patch: [["P1", "rp5", rp(1100)]],
    at: [["P1", "rp5"]],
  },
  {
    name: "column 5 of a kegiatan twice its only sub kegiatan (KE002-14)",
    rule: "ROLLUP_MISMATCH",
    patch: [["P1-K2-S1", "rp5", rp(800)]],
    at: [["P1-K2", "rp5"]],
  },
  {
    name: "column 6 of a kegiatan ≠ its sub kegiatan, the programme agreeing with the leaves (KE002-17)",
    rule: "ROLLUP_MISMATCH",
    patch: [["P1-K1", "rp6", rp(260)]],
    at: [["P1-K1", "rp6"]],
  },
  {
    name: "column 14 of a programme ≠ its kegiatan",
    rule: "ROLLUP_MISMATCH",
    patch: [["P2", "rp14", rp(140)]],
    at: [["P2", "rp14"]],
  },
  {
    name: "the closing row's column 7 ≠ Σ programmes",
    rule: "TOTAL_MISMATCH",
    patch: [["TOT", "rp7", rp(610)]],
    at: [["TOT", "rp7"]],
  },
  {
    name: "'-' in column 14 where 6 + 12 give an amount (KE002-12)",
    rule: "TOTAL_MISMATCH",
    patch: [["P1-K1-S1", "rp14", "-"]],
    at: [["P1-K1-S1", "rp14"]],
  },
  {
    name: "a programme's Rata-rata Rp that is not its own ratio (KE002-18)",
    rule: "AVERAGE_MISMATCH",
    patch: [["P1-avg", "rp13", pct(96.95)]],
    at: [["P1-avg", "rp13"]],
  },
  {
    name: "the closing row's % that is neither Σ/Σ nor the mean of the programmes (KE002-19)",
    rule: "AVERAGE_MISMATCH",
    patch: [["TOT", "rp13", pct(50)]],
    at: [["TOT", "rp13"]],
  },
  {
    name: "the closing Predikat against the K mean on the sums row (KE002-23)",
    rule: "KRITERIA_MISMATCH",
    patch: [["TOT-pred", "k13", "ST"]],
    at: [["TOT-pred", "k13"]],
  },
])("$rule: $name", ({ rule, patch, at }) => {
  it("is found at its cell", () => {
    const found = errorsOf(patch).filter((f) => f.rule === rule && f.severity === "error");
    expect(found.map((f) => f.cell)).toEqual(at.map(([id, col]) => smallCell(id, col)));
    expect(found.every((f) => f.message !== "")).toBe(true);
  });
});

describe("what stays quiet", () => {
  it("the form's quarter columns kept hidden and blank: '12=8+9+10+11' is not checked (002 Tabel 2.1 with columns 8–11)", () => {
    const found = runChecks(readModel(toGrids(t21Triwulan), {}), {});
    const col12 = new Set(["S", "T"]);
    expect(found.filter((f) => f.rule === "TOTAL_MISMATCH" && col12.has(f.cell.replace(/\d+$/, "")))).toEqual(
      [],
    );
  });
  it("'-' in column 14 where 6 and 12 are '-' too: no TOTAL_MISMATCH", () => {
    const dashes: [string, string, CellSeed][] = ["rp6", "rp12", "rp14"].map((c) => ["P2-K1-S1", c, "-"]);
    expect(
      errorsOf(dashes).filter((f) => f.rule === "TOTAL_MISMATCH" && f.cell === smallCell("P2-K1-S1", "rp14")),
    ).toEqual([]);
  });
  it("a programme's Rata-rata averages its own programme only (P2 50 %, not P1 and P2 together)", () => {
    expect(errorsOf([]).filter((f) => f.rule === "AVERAGE_MISMATCH")).toEqual([]);
  });
  it("K column 14 on a row whose target and realisasi are on different scales (90 vs 0,95) is not summed", () => {
    const slip: [string, string, CellSeed][] = [
      ["P2", "k7", 90],
      ["P2", "k12", 0.95],
      ["P2", "k6", 1],
      ["P2", "k14", 1.06],
    ];
    const found = errorsOf(slip);
    expect(found.filter((f) => f.cell === smallCell("P2", "k14"))).toEqual([]);
    expect(found.filter((f) => f.rule === "UNIT_MISMATCH").map((f) => f.cell)).toEqual([
      smallCell("P2", "k12"),
    ]);
  });
  it("the same K sum on a row with one scale is checked", () => {
    const found = errorsOf([["P1", "k14", 200]]);
    expect(found.filter((f) => f.rule === "TOTAL_MISMATCH").map((f) => f.cell)).toEqual([
      smallCell("P1", "k14"),
    ]);
  });
});
