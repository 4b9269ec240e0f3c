import {
  efisiensi,
  kategoriEfisiensi,
  rumusEfisiensi,
  type MetodeEfisiensi,
} from "../../src/engine/efisiensi";

describe("efisiensi: selisih = capaian − serapan (default, 003), rasio = capaian / serapan × 100 (DOMAIN.md §6)", () => {
  it.each([
    [96.73, 86.71, undefined, 10.02],
    [96.73, 86.71, null, 10.02],
    [96.73, 86.71, "selisih", 10.02],
    [50, 100, "selisih", -50],
    [96.73, 86.71, "rasio", 111.5558],
    [100, 100, "rasio", 100],
    [0, 0, "rasio", 100],
    [0, 0, "selisih", 0],
  ] as [number, number, MetodeEfisiensi | null | undefined, number][])(
    "capaian %p, serapan %p, metode %p → %p",
    (capaian, serapan, metode, expected) => {
      const r = efisiensi({ capaian, serapan, metode });
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.value).toBeCloseTo(expected, 4);
    },
  );

  it.each([
    [{ capaian: 90, serapan: 0, metode: "rasio" }, "#DIV/0!"],
    [{ capaian: NaN, serapan: 80 }, "#VALUE!"],
    [{ capaian: 90, serapan: Infinity }, "#VALUE!"],
    [{ capaian: "90", serapan: 80 }, "#VALUE!"],
    [{ capaian: 90, serapan: 80, metode: "ratio" }, "#VALUE!"],
    [{ capaian: 1e308, serapan: -1e308 }, "#VALUE!"],
    [{ capaian: 1e300, serapan: 1e-300, metode: "rasio" }, "#VALUE!"],
    [undefined, "#VALUE!"],
  ])("%p → %s", (input, code) => {
    expect(efisiensi(input as never)).toMatchObject({ ok: false, code });
  });
});

describe("kategoriEfisiensi: > +5 efisien, −5…+5 cukup, < −5 tidak; rasio > 105, 95…105, < 95", () => {
  it.each([
    [10.02, undefined, "efisien"],
    [5.01, "selisih", "efisien"],
    [5, "selisih", "cukup efisien"],
    [0, null, "cukup efisien"],
    [-5, "selisih", "cukup efisien"],
    [-5.01, "selisih", "tidak efisien"],
    [105.01, "rasio", "efisien"],
    [105, "rasio", "cukup efisien"],
    [95, "rasio", "cukup efisien"],
    [94.99, "rasio", "tidak efisien"],
    [10, "rasio", "tidak efisien"],
    [NaN, "selisih", "tidak efisien"],
    [10, "bogus", "tidak efisien"],
  ] as [number, MetodeEfisiensi | null | undefined, string][])("%p (%p) → %s", (nilai, metode, expected) => {
    expect(kategoriEfisiensi(nilai, metode)).toBe(expected);
  });
});

describe("rumusEfisiensi names the method's formula in Indonesian", () => {
  it.each([
    [undefined, "capaian kinerja (%) − serapan anggaran (%)"],
    ["selisih", "capaian kinerja (%) − serapan anggaran (%)"],
    ["rasio", "capaian kinerja (%) / serapan anggaran (%) × 100"],
  ] as [MetodeEfisiensi | undefined, string][])("%p", (metode, fragment) => {
    expect(rumusEfisiensi(metode)).toContain(fragment);
  });
});
