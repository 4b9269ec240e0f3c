import { readFileSync } from "fs";
import { join } from "path";
import { agreement } from "../../src/engine/compare/agreement";
import { roundHalfUp } from "../../src/engine/numbers/round";
import { kemajuan, pertumbuhan, rasio, rataCapaian, selisih } from "../../src/engine/compare";
import type { Polaritas } from "../../src/engine/capaian/types";

const approx = (r: { ok: boolean; value?: number }, expected: number) => {
  expect(r.ok).toBe(true);
  expect(r.value).toBeCloseTo(expected, 4);
};

describe("selisih = sesudah − sebelum in the values' unit (percent points for capaian, DOMAIN.md §7)", () => {
  it.each([
    [86.4, 92.2, 5.8],
    [100, 96.73, -3.27],
    [0, 0, 0],
    [NaN, 5, 5],
    [5, undefined as unknown as number, -5],
    [-Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE],
  ])("selisih(%p, %p) = %p", (a, b, expected) => {
    expect(selisih(a, b)).toBeCloseTo(expected, 10);
  });
});

describe("pertumbuhan = (sesudah − sebelum) / |sebelum| × 100", () => {
  it.each([
    [80, 92, 15],
    [100, 50, -50],
    [-10, -5, 50], // from −10 to −5 is an improvement: positive growth
    [-10, -20, -100],
    [0, 0, 0],
  ])("pertumbuhan(%p, %p) = %p", (a, b, expected) => approx(pertumbuhan(a, b), expected));

  it.each([
    [0, 5, "#DIV/0!"],
    [NaN, 5, "#VALUE!"],
    [5, Infinity, "#VALUE!"],
    ["5" as unknown as number, 5, "#VALUE!"],
    [1e-300, 1e300, "#VALUE!"],
  ])("pertumbuhan(%p, %p) → %s", (a, b, code) => {
    expect(pertumbuhan(a, b)).toMatchObject({ ok: false, code });
  });
});

describe("rasio = sesudah / sebelum × 100 (000:L40 calls this an increase; it is a ratio)", () => {
  it.each([
    [80, 92, 115],
    [100, 50, 50],
    [0, 0, 100],
  ])("rasio(%p, %p) = %p", (a, b, expected) => approx(rasio(a, b), expected));

  it.each([
    [0, 5, "#DIV/0!"],
    [NaN, 5, "#VALUE!"],
    [5, null as unknown as number, "#VALUE!"],
    [1e-300, 1e300, "#VALUE!"],
  ])("rasio(%p, %p) → %s", (a, b, code) => {
    expect(rasio(a, b)).toMatchObject({ ok: false, code });
  });
});

describe("kemajuan = R / T_akhir × 100 (Σ R for cumulative), polarity-aware like capaian", () => {
  it.each([
    [57.9, 67, undefined, 86.4179],
    [57.9, 67, null, 86.4179],
    [[10, 20, 30], 120, "naik", 50],
    [[], 10, "naik", NaN],
    [8, 10, "turun", 120], // (2·10 − 8) / 10 × 100
    [12, 10, "turun", 80],
    [25, 10, "turun", 0], // floored at 0
    [[4, 4], 10, "turun", 120],
    [5, 10, "turun-rasio", 200],
    [0, 10, "turun-rasio", 200], // no cap in kemajuan: 100 × 2
    [9, 10, "tetap", 90],
    [11, 10, "tetap", 90],
    [0, 0, "naik", 100],
    [0, 0, "turun", 100],
    [3, 0, "turun", 0],
  ] as [number | number[], number, Polaritas | null | undefined, number][])(
    "R %p, T_akhir %p, %p → %p",
    (realisasi, targetAkhir, polaritas, expected) => {
      const r = kemajuan({ realisasi, targetAkhir, polaritas });
      if (Number.isNaN(expected)) expect(r).toMatchObject({ ok: false, code: "#N/A" });
      else approx(r, expected);
    },
  );

  it.each([
    [{ realisasi: 5, targetAkhir: 0 }, "#DIV/0!"],
    [{ realisasi: 5, targetAkhir: NaN }, "#VALUE!"],
    [{ realisasi: NaN, targetAkhir: 10 }, "#VALUE!"],
    [{ realisasi: [1, NaN], targetAkhir: 10 }, "#VALUE!"],
    [{ realisasi: [1e308, 1e308], targetAkhir: 10 }, "#VALUE!"],
    [{ realisasi: "5", targetAkhir: 10 }, "#VALUE!"],
    [{ realisasi: 5, targetAkhir: 10, polaritas: "positif" }, "#VALUE!"],
    [{ realisasi: 1e300, targetAkhir: 1e-300 }, "#VALUE!"],
    [undefined, "#VALUE!"],
  ])("%p → %s", (input, code) => {
    expect(kemajuan(input as never)).toMatchObject({ ok: false, code });
  });
});

describe("rataCapaian: unweighted mean, clamped to batas, no partial means (DOMAIN.md §7)", () => {
  it.each([
    [[96.73, 100], undefined, 98.365],
    [[96.73, 150], null, 123.365],
    [[96.73, 150], 100, 98.365],
    [[130, 150], 120, 120],
    [[50], 100, 50],
    [[1e308, 1e308], null, 1e308],
  ] as [number[], number | null | undefined, number][])("%p batas %p → %p", (values, batas, expected) =>
    approx(rataCapaian(values, batas), expected),
  );

  it.each([
    [[96.73, null], undefined, "#N/A"],
    [[undefined, 50], 100, "#N/A"],
    [[], undefined, "#N/A"],
    [[96.73, NaN], undefined, "#VALUE!"],
    [[96.73, "90"], undefined, "#VALUE!"],
    [[96.73], 0, "#VALUE!"],
    [[96.73], -100, "#VALUE!"],
    [[96.73], Infinity, "#VALUE!"],
    [null, undefined, "#VALUE!"],
  ])("%p batas %p → %s", (values, batas, code) => {
    expect(rataCapaian(values as never, batas as never)).toMatchObject({ ok: false, code });
  });
});

// test/fixtures/shared/capaian.json rows with measure "kemajuan" (004 Tabel 3.4, "(7) = 5/6*100";
// `target` holds the Renstra final target there).
type CapaianRow = {
  id: string;
  measure: string;
  target: number;
  realisasi: number;
  stated_capaian: number;
  stated_decimals: number;
  expected_capaian: number;
  expected_capaian_6dp: number;
  checks: { capaian: string };
};
const capaianRows: CapaianRow[] = JSON.parse(
  readFileSync(join(__dirname, "../fixtures/shared/capaian.json"), "utf8"),
);
const kemajuanRows = capaianRows.filter((r) => r.measure === "kemajuan");

describe("kemajuan reproduces the seed's kemajuan rows (capaian.json, 004 Tabel 3.4)", () => {
  it("finds the 4 kemajuan rows", () => expect(kemajuanRows).toHaveLength(4));
  it.each(kemajuanRows.map((r) => [r.id, r.checks.capaian, r] as const))(
    "%s: expected_capaian, stated is %s",
    (_id, verdict, r) => {
      const k = kemajuan({ realisasi: r.realisasi, targetAkhir: r.target });
      expect(k.ok).toBe(true);
      if (!k.ok) return;
      expect(roundHalfUp(k.value, 2)).toBe(r.expected_capaian);
      expect(roundHalfUp(k.value, 6)).toBe(r.expected_capaian_6dp);
      expect(agreement(r.stated_capaian, k.value, r.stated_decimals)).toBe(verdict);
    },
  );
});
