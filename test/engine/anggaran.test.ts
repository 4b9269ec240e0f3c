import { rollUp, selisihPagu, serapan, sisa, type BudgetNode } from "../../src/engine/anggaran";

describe("serapan = realisasi / pagu × 100; pagu 0 → #DIV/0! except 0 of 0 = 100 (DOMAIN.md §5)", () => {
  it.each([
    [9865481222, 4847956007, 49.1406],
    [100, 80, 80],
    [100, 0, 0],
    [100, 120, 120],
    [0, 0, 100],
    [-100, -50, 50],
  ])("serapan(%p, %p) ≈ %p", (pagu, realisasi, expected) => {
    const r = serapan(pagu, realisasi);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(expected, 4);
  });

  it.each([
    [0, 5, "#DIV/0!"],
    [NaN, 5, "#VALUE!"],
    [5, NaN, "#VALUE!"],
    [Infinity, 5, "#VALUE!"],
    [5, -Infinity, "#VALUE!"],
    ["100" as unknown as number, 5, "#VALUE!"],
    [null as unknown as number, 5, "#VALUE!"],
    [1e-320, 1e300, "#VALUE!"],
  ])("serapan(%p, %p) is a %s problem", (pagu, realisasi, code) => {
    const r = serapan(pagu, realisasi);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.message.length).toBeGreaterThan(0);
    }
  });
});

describe("sisa = pagu − realisasi, negative when over budget (DOMAIN.md §5)", () => {
  it.each([
    [5670694672, 3790022175, 1880672497],
    [100, 120, -20],
    [0, 0, 0],
  ])("sisa(%p, %p) = %p", (pagu, realisasi, expected) => {
    expect(sisa(pagu, realisasi)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [NaN, 1],
    [1, undefined as unknown as number],
    ["x" as unknown as number, 1],
    [1e308, -1e308],
  ])("sisa(%p, %p) is #VALUE!", (pagu, realisasi) => {
    expect(sisa(pagu, realisasi)).toMatchObject({ ok: false, code: "#VALUE!" });
  });
});

describe("selisihPagu = sesudah − sebelum (000 Tabel II.3 prints the opposite sign)", () => {
  it.each([
    [39999800, 33999800, -6000000],
    [1379622100, 2781997092, 1402374992],
    [5, 5, 0],
    [NaN, 10, 10],
    [10, Infinity, -10],
    [-1e308, 1e308, Number.MAX_VALUE],
  ])("selisihPagu(%p, %p) = %p", (sebelum, sesudah, expected) => {
    expect(selisihPagu(sebelum, sesudah)).toBe(expected);
  });
});

const node = (
  id: string,
  parentId: string | null,
  pagu: number | null = null,
  realisasi: number | null = null,
): BudgetNode => ({
  id,
  parentId,
  pagu,
  realisasi,
});

describe("rollUp: parent = Σ children (recursive), % from the sums, never averaged (DOMAIN.md §5)", () => {
  const tree = [
    node("P", null, 999, 999), // printed parent values are ignored
    node("K1", "P", 1, 1),
    node("K2", "P"),
    node("S1", "K1", 100, 50),
    node("S2", "K1", 300, 300),
    node("S3", "K2", 600, 150),
  ];
  it.each([
    ["P", 1000, 500, 50, 500, 2, false],
    ["K1", 400, 350, 87.5, 50, 2, false],
    ["K2", 600, 150, 25, 450, 1, false],
    ["S1", 100, 50, 50, 50, 0, true],
    ["S3", 600, 150, 25, 450, 0, true],
  ])(
    "%s → pagu %p, realisasi %p, serapan %p, sisa %p, %p children",
    (id, pagu, realisasi, pct, rest, children, leaf) => {
      const r = rollUp(tree).get(id);
      expect(r).toEqual({
        id,
        pagu,
        realisasi,
        serapan: { ok: true, value: pct },
        sisa: rest,
        children,
        leaf,
      });
    },
  );

  it("the parent % is not the mean of the children's % (87,5 and 25 average to 56,25)", () => {
    const p = rollUp(tree).get("P");
    expect(p?.serapan).toEqual({ ok: true, value: 50 });
  });

  it("does not depend on row order (children before parents)", () => {
    const shuffled = [...tree].reverse();
    expect(rollUp(shuffled)).toEqual(rollUp(tree));
  });

  it.each([
    ["unknown parent → root", [node("A", "nope", 10, 5)], { A: [10, 5, 0] }],
    ["self parent → root", [node("A", "A", 10, 5)], { A: [10, 5, 0] }],
    [
      "2-cycle → both roots (each a leaf)",
      [node("A", "B", 10, 5), node("B", "A", 20, 5)],
      { A: [10, 5, 0], B: [20, 5, 0] },
    ],
    [
      "3-cycle with a tail: cycle members are roots, the tail still adds up",
      [node("A", "C", 1, 1), node("B", "A", 2, 2), node("C", "B", 4, 4), node("T", "A", 7, 3)],
      { A: [7, 3, 1], B: [2, 2, 0], C: [4, 4, 0], T: [7, 3, 0] },
    ],
    [
      "null and NaN amounts count as 0",
      [node("P", null), node("K", "P", NaN, null), node("L", "P", 5, 2)],
      { P: [5, 2, 2] },
    ],
    ["duplicate id: the first row wins", [node("A", null, 1, 1), node("A", null, 9, 9)], { A: [1, 1, 0] }],
  ] as [string, BudgetNode[], Record<string, [number, number, number]>][])("%s", (_name, nodes, expected) => {
    const rolled = rollUp(nodes);
    for (const [id, [pagu, realisasi, children]] of Object.entries(expected)) {
      expect(rolled.get(id)).toMatchObject({ pagu, realisasi, children });
    }
    expect(rolled.size).toBe(new Set(nodes.map((n) => n.id)).size);
  });

  it("a parent whose children sum to pagu 0 gets #DIV/0! serapan, not NaN", () => {
    const r = rollUp([node("P", null), node("K", "P", 0, 5)]).get("P");
    expect(r?.serapan).toMatchObject({ ok: false, code: "#DIV/0!" });
    expect(r?.sisa).toBe(-5);
  });

  it.each([[[]], [null as unknown as BudgetNode[]], [[null, 5, "x"] as unknown as BudgetNode[]]])(
    "bad input %p → empty map, no throw",
    (bad) => {
      expect(rollUp(bad).size).toBe(0);
    },
  );

  it("handles a 100 000-deep chain without recursion", () => {
    const chain = Array.from({ length: 100_000 }, (_, i) =>
      node(`n${i}`, i === 0 ? null : `n${i - 1}`, 1, 1),
    );
    const rolled = rollUp(chain);
    expect(rolled.get("n0")).toMatchObject({ pagu: 1, realisasi: 1, children: 1 });
    expect(rolled.get("n99999")).toMatchObject({ pagu: 1, leaf: true });
  });

  it("rolls up a 20 000-row program › kegiatan › sub kegiatan tree exactly (its speed is printed by npm run bench)", () => {
    const rows: BudgetNode[] = [];
    for (let p = 0; p < 100; p++) {
      rows.push(node(`P${p}`, null));
      for (let k = 0; k < 19; k++) {
        rows.push(node(`P${p}.K${k}`, `P${p}`));
        for (let s = 0; s < 10 && rows.length < 20_000; s++)
          rows.push(node(`P${p}.K${k}.S${s}`, `P${p}.K${k}`, 1000, 900));
      }
    }
    const rolled = rollUp(rows);
    expect(rolled.size).toBe(rows.length);
    const leaves = rows.filter((r) => r.pagu !== null).length;
    const roots = rows.filter((r) => r.parentId === null).map((r) => rolled.get(r.id)!);
    expect(roots.reduce((s, r) => s + r.pagu, 0)).toBe(leaves * 1000);
    expect(roots.reduce((s, r) => s + r.realisasi, 0)).toBe(leaves * 900);
  });
});
