import { readFileSync } from "fs";
import { join } from "path";
import { roundHalfUp } from "../../src/engine/numbers/round";
import {
  checkTriwulan,
  defaultAgregasi,
  parseAgregasi,
  tahunan,
  type Agregasi,
} from "../../src/engine/triwulan";

describe("parseAgregasi: words staff write; empty → null = the unit's default (DOMAIN.md §4)", () => {
  it.each([
    ["kumulatif", "kumulatif"],
    [" Jumlah ", "kumulatif"],
    ["Akumulasi", "kumulatif"],
    ["akhir", "akhir"],
    ["Posisi Akhir", "akhir"],
    ["rata-rata", "rata-rata"],
    ["Rata rata", "rata-rata"],
    ["rerata", "rata-rata"],
    ["MAKS", "maks"],
    ["maksimum", "maks"],
    ["", null],
    ["   ", null],
    [null, null],
    [undefined, null],
  ])("%p → %p", (text, expected) => {
    expect(parseAgregasi(text)).toEqual({ ok: true, value: expected });
  });

  it.each([["median"], ["toString"], ["__proto__"], [5], [{}], [true]])("%p → #VALUE!", (text) => {
    expect(parseAgregasi(text)).toMatchObject({ ok: false, code: "#VALUE!" });
  });
});

describe("defaultAgregasi: akhir for %, persen, indeks, nilai, skor, predikat; else kumulatif", () => {
  it.each([
    ["%", "akhir"],
    ["Persen", "akhir"],
    ["persentase", "akhir"],
    ["Indeks", "akhir"],
    ["Nilai", "akhir"],
    ["skor", "akhir"],
    ["Predikat", "akhir"],
    ["Koperasi", "kumulatif"],
    ["Rupiah", "kumulatif"],
    ["Orang", "kumulatif"],
    ["Dokumen", "kumulatif"],
    ["", "kumulatif"],
    [null, "kumulatif"],
    [undefined, "kumulatif"],
  ])("%p → %s", (satuan, expected) => {
    expect(defaultAgregasi(satuan)).toBe(expected);
  });
});

describe("tahunan: empty quarter = not reported, 0 is a value, all empty → #N/A", () => {
  it.each([
    [[4.25, 4.25, 4.5, 4.65], "kumulatif", 17.65],
    [[1, null, 3, undefined], "kumulatif", 4],
    [[80, 85, null, null], "akhir", 85],
    [[80, 85, 0, null], "akhir", 0],
    [[80, 90, null, null], "rata-rata", 85],
    [[80, 90, 0, null], "rata-rata", 56.6667],
    [[80, 95, 90, null], "maks", 95],
    [[-3, -1, null, null], "maks", -1],
    [[7], "kumulatif", 7],
  ] as [(number | null | undefined)[], Agregasi, number][])("%p %s → %p", (quarters, agregasi, expected) => {
    const r = tahunan(quarters, agregasi);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(expected, 4);
  });

  it.each([
    [[null, null, null, null], "kumulatif", "#N/A"],
    [[], "akhir", "#N/A"],
    [[1, NaN, 2, 3], "kumulatif", "#VALUE!"],
    [[1, "2", 2, 3], "kumulatif", "#VALUE!"],
    [[1e308, 1e308], "kumulatif", "#VALUE!"],
    [[1, 2], "median", "#VALUE!"],
    [null, "kumulatif", "#VALUE!"],
  ])("%p %s → %s", (quarters, agregasi, code) => {
    expect(tahunan(quarters as never, agregasi as Agregasi)).toMatchObject({ ok: false, code });
  });

  it("rata-rata of huge values does not overflow", () => {
    expect(tahunan([1e308, 1e308], "rata-rata")).toEqual({ ok: true, value: 1e308 });
  });
});

describe("checkTriwulan: quarters agree with the annual value, rounded or truncated (TRIWULAN_SUM_MISMATCH)", () => {
  it.each([
    ["sum equals annual", [10, 20, 30, 40], 100, "kumulatif", undefined, true, 100],
    ["float noise does not matter", [0.1, 0.2, null, null], 0.3, "kumulatif", undefined, true, 0.3],
    ["off by 0,01", [10, 20, 30, 40.01], 100, "kumulatif", undefined, false, 100.01],
    ["akhir: last filled quarter", [20, 40, 60, null], 60, "akhir", undefined, true, 60],
    ["akhir vs sum", [20, 40, 60, null], 120, "akhir", undefined, false, 60],
    ["truncated annual agrees", [33.333, 33.333, 33.339, null], 33.33, "rata-rata", 2, true, 33.335],
    ["0 decimals", [1.4, 1.4, null, null], 3, "kumulatif", 0, true, 2.8],
    [
      "annual decimals decide: 0,304 read at 3 decimals",
      [0.3044, null, null, null],
      0.304,
      "kumulatif",
      undefined,
      true,
      0.3044,
    ],
    [
      "…and 0,305 differs at 3 decimals",
      [0.3054, null, null, null],
      0.304,
      "kumulatif",
      undefined,
      false,
      0.3054,
    ],
  ] as [string, (number | null)[], number, Agregasi, number | undefined, boolean, number][])(
    "%s",
    (_name, quarters, annual, agregasi, decimals, agrees, computed) => {
      const r = checkTriwulan({ quarters, annual, agregasi, decimals });
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(r.value.agrees).toBe(agrees);
        expect(r.value.computed).toBeCloseTo(computed, 6);
      }
    },
  );

  it.each([
    [{ quarters: [1, 2], annual: NaN, agregasi: "kumulatif" }, "#VALUE!"],
    [{ quarters: [1, 2], annual: 3, agregasi: "kumulatif", decimals: -1 }, "#VALUE!"],
    [{ quarters: [1, 2], annual: 3, agregasi: "kumulatif", decimals: 1.5 }, "#VALUE!"],
    [{ quarters: [null, null], annual: 3, agregasi: "kumulatif" }, "#N/A"],
    [{ quarters: [1, 2], annual: 3, agregasi: "x" }, "#VALUE!"],
    [undefined, "#VALUE!"],
  ])("%p → %s", (input, code) => {
    expect(checkTriwulan(input as never)).toMatchObject({ ok: false, code });
  });
});

// Seed 000 PK Tabel II.4 quarterly targets: the negative controls of test/fixtures/shared/README.md
// add up; KE000-09 (known-errors.json) does not. The seed splits these % targets additively.
describe("seed 000 quarterly targets (000:L410–427): three add up, KE000-09 does not", () => {
  it.each([
    ["Persentase pertumbuhan koperasi (L412–415)", [4.25, 4.25, 4.5, 4.65], 17.65],
    ["Persentase pertumbuhan UKM (L416–419)", [0.13, 0.13, 0.13, 0.14], 0.53],
    ["Nilai Capaian Kinerja PD (L424–427)", [19.5, 19.5, 19.5, 19.5], 78],
  ])("%s: Σ %p = %p", (_name, quarters, annual) => {
    expect(checkTriwulan({ quarters, annual, agregasi: "kumulatif" })).toEqual({
      ok: true,
      value: { agrees: true, computed: expect.closeTo(annual, 9) },
    });
  });

  type KnownError = {
    id: string;
    cells: { label: string; value: number }[];
    expected: Record<string, number>;
  };
  const errors: KnownError[] = JSON.parse(
    readFileSync(join(__dirname, "../fixtures/shared/known-errors.json"), "utf8"),
  );
  const ke = errors.find((e) => e.id === "KE000-09") as KnownError;
  const annual = ke.cells.find((c) => c.label === "annual target")?.value as number;
  const quarters = ke.cells.filter((c) => c.label.startsWith("TW")).map((c) => c.value);

  it.each([
    ["kumulatif", ke.expected.sum_of_quarters],
    ["akhir", ke.expected.last_quarter],
  ] as [Agregasi, number][])(
    "KE000-09: 0,46 + 0,86 + 0,86 + 0,86 vs 0,304 disagrees under %s (computed %p)",
    (agregasi, computed) => {
      expect(quarters).toEqual([0.46, 0.86, 0.86, 0.86]);
      const r = checkTriwulan({ quarters, annual, agregasi });
      expect(r.ok && r.value.agrees).toBe(false);
      expect(r.ok && roundHalfUp(r.value.computed, 6)).toBe(computed);
    },
  );
});
