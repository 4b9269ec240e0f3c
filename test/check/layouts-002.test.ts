/**
 * The seed 002 printed-layout workbooks (test/fixtures/layouts, LAYOUTS_002): every KE002 known
 * error the checker should flag is found with its rule, cell and severity; the corrected copies
 * give zero errors (issue 10: the Renja evaluation form's budget side, Tabel 3.2/4.1's urusan lines and
 * plan budgets, VALUE_CONFLICT across the three tables). A reader or checker that throws fails an
 * expectation, with its message, instead of breaking the file.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { LAYOUTS_002, type KnownErrorAt } from "../fixtures/layouts";
import { toGrids, type LayoutWorkbook } from "../support/layout";
import { readModel } from "../../src/workbook";
import { runChecks, RULES } from "../../src/engine/check";
import type { Finding } from "../../src/engine/check/finding";

type Known = { id: string; checker_should_flag: boolean; severity: string };
const KNOWN = (
  JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/shared/known-errors.json"), "utf8")) as Known[]
).filter((k) => k.id.startsWith("KE002-"));

type Result = { findings: Finding[]; tables: number; rows: number; error?: string };

/** Read and check; an exception becomes `error` (with its stack) so the test fails readably. */
function check(layouts: LayoutWorkbook[]): Result {
  try {
    const model = readModel(layouts.flatMap(toGrids), {});
    const rows = model.indikator.length + model.anggaran.length;
    return { findings: runChecks(model, {}), tables: model.tables.length, rows };
  } catch (e) {
    return {
      findings: [],
      tables: 0,
      rows: 0,
      error: e instanceof Error ? (e.stack ?? e.message) : String(e),
    };
  }
}
/** What the checker said at one cell: "RULE:severity". */
const saidAt = (r: Result, sheet: string, cell: string): string[] =>
  r.findings.filter((f) => f.sheet === sheet && f.cell === cell).map((f) => `${f.rule}:${f.severity}`);

const entries = LAYOUTS_002.flatMap((e) => e.errors.map((k) => ({ key: e.key, layout: e.layout, ...k })));
const single = entries.filter((k) => k.flag !== false && !k.scope);

describe("the KE002 placements are complete and name existing rules", () => {
  it("every KE002 known error is placed in a seed 002 layout", () => {
    const placed = new Set(entries.map((k) => k.id));
    expect(KNOWN.map((k) => k.id).filter((id) => !placed.has(id))).toEqual([]);
  });
  it("every placed rule is a rule of the checker", () => {
    const ids = new Set<string>(RULES.map((r) => r.id));
    expect([...new Set(entries.map((k) => k.rule))].filter((r) => !ids.has(r))).toEqual([]);
  });
  it("only known errors the checker should flag are expected as findings", () => {
    const noFlag = new Set(KNOWN.filter((k) => !k.checker_should_flag).map((k) => k.id));
    expect(single.filter((k) => noFlag.has(k.id)).map((k) => k.id)).toEqual([]);
  });
});

describe("every flaggable KE002 error in its own layout is found at its cell, with its severity", () => {
  const results = new Map(LAYOUTS_002.map((e) => [e.key, check([e.layout])]));
  it.each(LAYOUTS_002.map((e) => e.key))("%s is read and checked without an exception", (key) => {
    expect(results.get(key)?.error).toBeUndefined();
  });
  it.each(single)("$id $rule at $sheet!$cell ($key)", (k) => {
    const r = results.get(k.key) as Result;
    const severity = KNOWN.find((x) => x.id === k.id)?.severity;
    expect({ id: k.id, cell: `${k.sheet}!${k.cell}`, said: saidAt(r, k.sheet, k.cell) }).toEqual({
      id: k.id,
      cell: `${k.sheet}!${k.cell}`,
      said: expect.arrayContaining([`${k.rule}:${severity}`]),
    });
    const hit = r.findings.find((f) => f.sheet === k.sheet && f.cell === k.cell && f.rule === k.rule);
    expect(hit?.message ?? "").not.toBe("");
  });
});

describe("corrected copies are read and give zero errors", () => {
  it.each(LAYOUTS_002.map((e) => ({ key: e.key, corrected: e.corrected })))("$key", ({ corrected }) => {
    const r = check([corrected]);
    // Zero errors means something only if the table was read: no table, no check.
    expect({ error: r.error, read: r.tables > 0 && r.rows > 0 }).toEqual({ error: undefined, read: true });
    expect(
      r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.sheet}!${f.cell}`),
    ).toEqual([]);
  });
});

describe("tables of seed 002 checked together (VALUE_CONFLICT across tables)", () => {
  const together = check(LAYOUTS_002.map((e) => e.layout));
  // Cross errors between two tables that are both in LAYOUTS_002; the others (KE002-01…04)
  // compare with the narrative, which no layout holds.
  const ACROSS = ["KE002-25"];
  const acrossTables: KnownErrorAt[] = entries.filter((k) => k.scope === "cross" && ACROSS.includes(k.id));
  it("the cross-table errors are placed", () => {
    expect(acrossTables.map((k) => k.id)).toEqual(ACROSS);
  });
  it.each(acrossTables)("$id $rule at $sheet!$cell", (k) => {
    expect({ id: k.id, said: saidAt(together, k.sheet, k.cell) }).toEqual({
      id: k.id,
      said: expect.arrayContaining([expect.stringMatching(new RegExp(`^${k.rule}:`))]),
    });
  });
  it("every single-table finding still appears", () => {
    const missing = single.filter(
      (k) => !together.findings.some((f) => f.rule === k.rule && f.sheet === k.sheet && f.cell === k.cell),
    );
    expect(missing.map((k) => `${k.id} ${k.rule} ${k.sheet}!${k.cell}`)).toEqual([]);
  });
});
