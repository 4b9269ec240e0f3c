import { readFileSync } from "fs";
import { join } from "path";
import { rollUp, selisihPagu, serapan, sisa, type BudgetNode } from "../../src/engine/anggaran";
import { agreement } from "../../src/engine/compare/agreement";
import { roundHalfUp } from "../../src/engine/numbers/round";

// test/fixtures/shared/anggaran.json: budget rows of seeds 000, 002, 004 (see its README.md).
type Row = {
  id: string;
  parent_id: string | null;
  pagu: number | null;
  realisasi: number | null;
  stated_persen: number | null;
  stated_decimals: number | null;
  expected_persen: number | null;
  expected_persen_6dp?: number | null;
  expected_sisa: number | null;
  checks: Record<string, string>;
  children_ids?: string[];
  children_sums?: Record<string, number>;
  pagu_sebelum?: number;
  pagu_sesudah?: number;
  stated_selisih?: number;
  expected_selisih?: number;
  [field: string]: unknown;
};

const rows: Row[] = JSON.parse(readFileSync(join(__dirname, "../fixtures/shared/anggaran.json"), "utf8"));
const byId = new Map(rows.map((r) => [r.id, r]));
const value = (r: { ok: boolean; value?: number }): number => (r.ok ? (r.value as number) : NaN);

it("reads all 146 rows of the fixture", () => expect(rows).toHaveLength(146));

describe("serapan reproduces expected_persen (half up, 2 dp) for every row with pagu and realisasi", () => {
  const table = rows.filter((r) => r.pagu !== null && r.realisasi !== null && r.expected_persen !== null);
  it("covers the rows", () => expect(table.length).toBeGreaterThan(100));
  it.each(table.map((r) => [r.id, r] as const))("%s", (_id, r) => {
    const s = value(serapan(r.pagu as number, r.realisasi as number));
    expect(roundHalfUp(s, 2)).toBe(r.expected_persen);
    if (r.expected_persen_6dp != null) expect(roundHalfUp(s, 6)).toBe(r.expected_persen_6dp);
  });

  it.each(rows.filter((r) => r.pagu === 0 && r.realisasi === 0).map((r) => [r.id, r] as const))(
    "%s: pagu and realisasi printed '-' (0 of 0) → serapan 100 by DOMAIN.md §5",
    (_id, r) => expect(serapan(r.pagu as number, r.realisasi as number)).toEqual({ ok: true, value: 100 }),
  );
});

describe("sisa reproduces expected_sisa = pagu − realisasi", () => {
  const table = rows.filter((r) => r.expected_sisa !== null && r.pagu !== null && r.realisasi !== null);
  it.each(table.map((r) => [r.id, r] as const))("%s", (_id, r) => {
    expect(sisa(r.pagu as number, r.realisasi as number)).toEqual({ ok: true, value: r.expected_sisa });
  });
});

describe("stated % agrees with serapan exactly as checks.persen says (wrong ones disagree at stated_decimals)", () => {
  const table = rows.filter(
    (r) => ["ok", "minor", "wrong"].includes(r.checks.persen) && r.stated_persen !== null,
  );
  it("includes every 'wrong' % of the fixture (49)", () => {
    expect(table.filter((r) => r.checks.persen === "wrong")).toHaveLength(49);
  });
  it.each(table.map((r) => [r.id, r.checks.persen, r] as const))("%s is %s", (_id, verdict, r) => {
    const computed = value(serapan(r.pagu as number, r.realisasi as number));
    expect(agreement(r.stated_persen as number, computed, r.stated_decimals ?? 2)).toBe(verdict);
  });
});

// The hierarchy as budget nodes, with one column (pagu, realisasi, pagu_sebelum, …) as the amount.
const nodes = (field: string, list: Row[] = rows): BudgetNode[] =>
  list.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    pagu: typeof r[field] === "number" ? (r[field] as number) : null,
    realisasi: r.realisasi,
  }));

describe("rollUp reproduces every roll-up in the file (parent_id / children_ids / children_sums)", () => {
  const parents = rows.filter((r) => r.children_ids);
  const rolledPagu = rollUp(nodes("pagu"));
  const rolledSebelum = rollUp(nodes("pagu_sebelum"));

  it("parent_id and children_ids describe the same tree", () => {
    const fromParentIds = new Set(rows.filter((r) => r.parent_id).map((r) => r.parent_id));
    expect([...fromParentIds].sort()).toEqual(parents.map((r) => r.id).sort());
    for (const p of parents) expect(rolledPagu.get(p.id)?.children).toBe(p.children_ids?.length);
  });

  it.each(parents.map((r) => [r.id, r] as const))(
    "%s: recursive Σ pagu, realisasi, pagu sebelum = children_sums = printed",
    (_id, r) => {
      const sums = r.children_sums ?? {};
      const got = rolledPagu.get(r.id);
      expect(got?.pagu).toBe(sums.pagu);
      expect(got?.pagu).toBe(r.pagu); // every pagu roll-up in the file holds
      if (sums.realisasi !== undefined) {
        expect(got?.realisasi).toBe(sums.realisasi);
        expect(got?.realisasi).toBe(r.realisasi);
        expect(roundHalfUp(value(got?.serapan ?? { ok: false }), 2)).toBe(r.expected_persen);
      }
      if (sums.pagu_sebelum !== undefined) {
        expect(rolledSebelum.get(r.id)?.pagu).toBe(sums.pagu_sebelum);
        expect(rolledSebelum.get(r.id)?.pagu).toBe(r.pagu_sebelum);
      }
    },
  );

  // One level (direct children as leaves) for each summed column; the printed parent value agrees
  // or not as checks.rollup_* says (002 col. 5 and 6 have wrong parents).
  const CHECK: Record<string, string> = {
    pagu: "rollup_pagu",
    realisasi: "rollup_realisasi",
    pagu_sebelum: "rollup_pagu_sebelum",
    target_renstra_rp: "rollup_col5",
    realisasi_sd_2021: "rollup_col6",
  };
  const oneLevel = parents.flatMap((r) =>
    Object.keys(r.children_sums ?? {}).map((field) => [r.id, field, r] as const),
  );
  it("checks every summed column the file lists", () => {
    expect(new Set(oneLevel.map(([, f]) => f))).toEqual(new Set(Object.keys(CHECK)));
  });
  it.each(oneLevel)("%s %s", (id, field, r) => {
    const kids = (r.children_ids ?? []).map((k) => byId.get(k) as Row);
    const rolled = rollUp(nodes(field, [{ ...r, [field]: null }, ...kids])).get(id);
    expect(rolled?.pagu).toBe(r.children_sums?.[field]);
    const verdict = r.checks[CHECK[field]];
    if (verdict === "ok") expect(rolled?.pagu).toBe(r[field]);
    if (verdict === "wrong") expect(rolled?.pagu).not.toBe(r[field]);
  });
});

describe("pagu before/after revision (000 Tabel II.3): the report prints sebelum − sesudah", () => {
  const table = rows.filter((r) => r.pagu_sebelum !== undefined);
  it("covers the 24 rows", () => expect(table).toHaveLength(24));
  it.each(table.map((r) => [r.id, r] as const))("%s", (_id, r) => {
    const d = selisihPagu(r.pagu_sebelum as number, r.pagu_sesudah as number);
    expect(d).toBe(0 - (r.expected_selisih as number)); // 0 - x, not -x: no -0
    expect(r.stated_selisih).toBe(r.expected_selisih);
  });
});
