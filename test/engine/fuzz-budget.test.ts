import fc from "fast-check";
import { rollUp, selisihPagu, serapan, sisa, type BudgetNode } from "../../src/engine/anggaran";
import { efisiensi, kategoriEfisiensi, rumusEfisiensi } from "../../src/engine/efisiensi";
import { checkTriwulan, defaultAgregasi, parseAgregasi, tahunan } from "../../src/engine/triwulan";
import { kemajuan, pertumbuhan, rasio, rataCapaian, selisih } from "../../src/engine/compare";
import type { Result } from "../../src/engine/result";

// Any value a cell or a careless caller can hand over: every double (NaN, ±Infinity, −0, huge),
// Rupiah-sized integers, empties, text and objects.
const anyValue = fc.oneof(
  fc.double(),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.constantFrom(0, -0, null, undefined, NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE),
  fc.string(),
  fc.anything(),
);
const num = anyValue as fc.Arbitrary<number>;
const list = fc.array(anyValue, { maxLength: 6 }) as fc.Arbitrary<number[]>;
const mode = fc.oneof(
  fc.constantFrom(
    "kumulatif",
    "akhir",
    "rata-rata",
    "maks",
    "selisih",
    "rasio",
    "naik",
    "turun",
    "turun-rasio",
    "tetap",
    null,
    undefined,
  ),
  fc.string(),
) as fc.Arbitrary<never>;

function expectSafe(value: unknown): void {
  if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
  const r = value as Result<unknown>;
  if (r && typeof r === "object" && "ok" in r) {
    if (r.ok && typeof r.value === "number") expect(Number.isFinite(r.value)).toBe(true);
    if (r.ok && r.value && typeof r.value === "object") Object.values(r.value).forEach(expectSafe);
    if (!r.ok) expect(["#DIV/0!", "#VALUE!", "#N/A"]).toContain(r.code);
  }
}

describe("no budget/efisiensi/triwulan/compare function throws or returns NaN/Infinity", () => {
  const cases: [string, fc.Arbitrary<unknown[]>, (...args: never[]) => unknown][] = [
    ["serapan", fc.tuple(num, num), serapan],
    ["sisa", fc.tuple(num, num), sisa],
    ["selisihPagu", fc.tuple(num, num), selisihPagu],
    ["selisih", fc.tuple(num, num), selisih],
    ["pertumbuhan", fc.tuple(num, num), pertumbuhan],
    ["rasio", fc.tuple(num, num), rasio],
    ["efisiensi", fc.tuple(fc.record({ capaian: num, serapan: num, metode: mode })), efisiensi],
    ["kategoriEfisiensi", fc.tuple(num, mode), kategoriEfisiensi],
    ["rumusEfisiensi", fc.tuple(mode), rumusEfisiensi],
    ["parseAgregasi", fc.tuple(anyValue), parseAgregasi],
    ["defaultAgregasi", fc.tuple(anyValue as fc.Arbitrary<string>), defaultAgregasi],
    ["tahunan", fc.tuple(list, mode), tahunan],
    [
      "checkTriwulan",
      fc.tuple(fc.record({ quarters: list, annual: num, agregasi: mode, decimals: num })),
      checkTriwulan,
    ],
    [
      "kemajuan",
      fc.tuple(fc.record({ realisasi: fc.oneof(num, list), targetAkhir: num, polaritas: mode })),
      kemajuan,
    ],
    ["rataCapaian", fc.tuple(list, num), rataCapaian],
  ];
  it.each(cases)("%s", (_name, args, fn) => {
    fc.assert(
      fc.property(args, (a) => {
        expectSafe(fn(...(a as never[])));
      }),
      { numRuns: 500 },
    );
  });

  it("rollUp: random forests with cycles, unknown parents, duplicates and bad amounts", () => {
    const ids = fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h");
    const nodeArb = fc.record({
      id: ids,
      parentId: fc.option(fc.oneof(ids, fc.string())),
      pagu: num,
      realisasi: num,
    });
    fc.assert(
      fc.property(fc.array(nodeArb, { maxLength: 12 }), (nodes) => {
        const rolled = rollUp(nodes as BudgetNode[]);
        expect(rolled.size).toBe(new Set(nodes.map((n) => n.id)).size);
        let leaves = 0;
        for (const r of rolled.values()) {
          [r.pagu, r.realisasi, r.sisa].forEach(expectSafe);
          expectSafe(r.serapan);
          if (r.leaf) leaves++;
        }
        expect(leaves).toBeGreaterThanOrEqual(rolled.size > 0 ? 1 : 0);
      }),
      { numRuns: 500 },
    );
  });

  it("rollUp conserves money: on an acyclic forest Σ roots = Σ leaves, pagu and realisasi (integer Rupiah)", () => {
    const rupiah = fc.integer({ min: 0, max: 1e12 });
    // Node i may only hang under an earlier node (or nothing): a forest without cycles.
    const forest = fc
      .array(fc.record({ parent: fc.option(fc.nat()), pagu: rupiah, realisasi: rupiah }), { maxLength: 40 })
      .map((rows) =>
        rows.map((r, i) => ({
          id: `n${i}`,
          parentId: r.parent === null || i === 0 ? null : `n${r.parent % i}`,
          pagu: r.pagu,
          realisasi: r.realisasi,
        })),
      );
    fc.assert(
      fc.property(forest, (nodes) => {
        const rolled = rollUp(nodes);
        const total = (ids: string[], key: "pagu" | "realisasi") =>
          ids.reduce((s, id) => s + (rolled.get(id)?.[key] ?? NaN), 0);
        const roots = nodes.filter((n) => n.parentId === null).map((n) => n.id);
        const leaves = nodes.filter((n) => !nodes.some((m) => m.parentId === n.id));
        expect(total(roots, "pagu")).toBe(leaves.reduce((s, n) => s + n.pagu, 0));
        expect(total(roots, "realisasi")).toBe(leaves.reduce((s, n) => s + n.realisasi, 0));
        for (const n of leaves)
          expect(rolled.get(n.id)).toMatchObject({ leaf: true, pagu: n.pagu, realisasi: n.realisasi });
      }),
    );
  });
});
