import {
  capaian,
  parsePolaritas,
  parseTarget,
  rumusCapaian,
  explainCapaian,
  type Polaritas,
} from "../../src/engine/capaian";

const value = (r: ReturnType<typeof capaian>) => (r.ok ? r.value : r.code);

describe("parsePolaritas: empty is naik, aliases map (DOMAIN.md §2)", () => {
  it.each([
    [null, "naik"],
    [undefined, "naik"],
    ["", "naik"],
    ["-", "naik"],
    ["Naik", "naik"],
    ["positif", "naik"],
    ["MAKS", "naik"],
    ["turun", "turun"],
    ["Negatif", "turun"],
    ["min", "turun"],
    ["turun-rasio", "turun-rasio"],
    ["turun rasio", "turun-rasio"],
    ["turun_rasio", "turun-rasio"],
    ["tetap", "tetap"],
    ["Stabil", "tetap"],
  ])("%j → %s", (text, expected) => {
    expect(parsePolaritas(text)).toEqual({ ok: true, value: expected });
  });
  it.each([["naik turun"], ["xx"], [5], [{}]])("%j → #VALUE! naming the polaritas", (text) => {
    const r = parsePolaritas(text);
    expect(r).toMatchObject({ ok: false, code: "#VALUE!" });
    if (!r.ok) expect(r.message).toMatch(/^Polaritas/);
  });
});

describe("parseTarget: number, range or predikat", () => {
  it.each([
    [63, { kind: "number", value: 63 }],
    ["63", { kind: "number", value: 63 }],
    ["17,65%", { kind: "number", value: 17.65 }],
    ["73 (BB)", { kind: "number", value: 73 }],
    ["70–80", { kind: "range", lower: 70, upper: 80 }],
    ["70 - 80", { kind: "range", lower: 70, upper: 80 }],
    ["70 s/d 80", { kind: "range", lower: 70, upper: 80 }],
    ["70% – 80%", { kind: "range", lower: 70, upper: 80 }],
    ["-5 – 5", { kind: "range", lower: -5, upper: 5 }],
    ["BB", { kind: "predikat", scale: "akip", grade: "BB", rank: 5 }],
    ["bb (76)", { kind: "predikat", scale: "akip", grade: "BB", rank: 5 }],
    ["A (81,1)", { kind: "predikat", scale: "akip", grade: "A", rank: 6 }],
    ["WTP", { kind: "predikat", scale: "bpk", grade: "WTP", rank: 4 }],
  ])("%j", (raw, expected) => {
    expect(parseTarget(raw)).toEqual({ ok: true, value: expected });
  });
  it.each([
    ["abc", "Target kosong atau bukan angka: 'abc'"],
    ["", "Target kosong atau bukan angka: ''"],
    [null, "Target kosong atau bukan angka: ''"],
    ["-", "Target kosong atau bukan angka: '-'"],
    [NaN, "Target kosong atau bukan angka: 'NaN'"],
    ["80–70", "Rentang target terbalik: '80–70' (batas bawah lebih besar)"],
  ])("%j → #VALUE! %s", (raw, message) => {
    expect(parseTarget(raw)).toEqual({ ok: false, code: "#VALUE!", message });
  });
});

describe("capaian by polarity on a number target", () => {
  it.each<[unknown, unknown, Polaritas | null, number]>([
    [63, 57.9, null, (57.9 / 63) * 100],
    [70, "67,71", "naik", (67.71 / 70) * 100],
    [10, 5, "turun", 150],
    [10, 15, "turun", 50],
    [10, 25, "turun", 0], // floored at 0
    [10, 5, "turun-rasio", 200],
    [10, 20, "turun-rasio", 50],
    [10, 12, "tetap", 80],
    [10, 8, "tetap", 80],
    [10, 30, "tetap", 0],
    [-3, -2, "naik", (-2 / -3) * 100], // negatives computed as written
    [5, -1, "naik", -20],
  ])("T=%j R=%j %s → %p", (target, realisasi, polaritas, expected) => {
    const r = capaian({ target, realisasi, polaritas });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(expected, 10);
  });
});

describe("T = 0 and R = 0 decisions (DOMAIN.md §2)", () => {
  it.each<[number, number, Polaritas, number | string, number | null]>([
    [0, 0, "naik", 100, null],
    [0, 5, "naik", "#DIV/0!", null],
    [0, 0, "turun", 100, null],
    [0, 3, "turun", 0, null],
    [0, 0, "tetap", 100, null],
    [0, 3, "tetap", 0, null],
    [0, 0, "turun-rasio", 100, null],
    [0, 3, "turun-rasio", 0, null],
    [10, 0, "turun-rasio", 200, null],
    [10, 0, "turun-rasio", 120, 120],
  ])("T=%p R=%p %s → %p (batas %p)", (target, realisasi, polaritas, expected, batas) => {
    expect(value(capaian({ target, realisasi, polaritas, batas }))).toBe(expected);
  });
  it("#DIV/0! names the target", () => {
    expect(capaian({ target: 0, realisasi: 5 })).toEqual({
      ok: false,
      code: "#DIV/0!",
      message: "Target 0 dengan realisasi 5: capaian tidak dapat dihitung",
    });
  });
});

describe("range targets: inside is 100, outside uses the nearest bound", () => {
  it.each<[string, number, Polaritas | null, number]>([
    ["70–80", 75, null, 100],
    ["70–80", 70, null, 100],
    ["70–80", 80, null, 100],
    ["70 - 80", 88, null, 110],
    ["70 s/d 80", 63, null, 90],
    ["70–80", 90, "turun", 87.5],
    ["70–80", 60, "turun", (80 / 70) * 100],
  ])("%s R=%p %s → %p", (target, realisasi, polaritas, expected) => {
    const r = capaian({ target, realisasi, polaritas });
    expect(r.ok && r.value).toBeCloseTo(expected, 10);
  });
});

describe("predikat targets: rank(R) / rank(T) × 100", () => {
  it.each([
    ["BB", "A", 120],
    ["BB", "BB", 100],
    ["A", "B", (4 / 6) * 100],
    ["AA", "D", (1 / 7) * 100],
    ["BB", 76.36, 100], // an AKIP score is graded first (000:L823)
    ["BB", "70,95", 100],
    ["BB", "73 (BB)", 100],
    ["WTP", "WDP", 75],
    ["WTP", "wajar tanpa pengecualian", 100],
    ["WDP", "TMP", (1 / 3) * 100],
  ])("T=%s R=%j → %p", (target, realisasi, expected) => {
    const r = capaian({ target, realisasi });
    expect(r.ok && r.value).toBeCloseTo(expected, 10);
  });
  it.each([
    ["WTP", "BB", "Realisasi 'BB' memakai skala predikat lain dari target 'WTP'"],
    ["WTP", 80, "Realisasi bukan predikat opini BPK: '80'"],
    ["BB", "xyz", "Realisasi bukan predikat AKIP: 'xyz'"],
    ["BB", 120, "Realisasi bukan predikat AKIP: '120'"],
  ])("T=%s R=%j → #VALUE!", (target, realisasi, message) => {
    expect(capaian({ target, realisasi })).toEqual({ ok: false, code: "#VALUE!", message });
  });
});

describe("batas caps only when given (CAP_HIDDEN, 000:L466)", () => {
  it.each([
    [null, 673.58],
    [100, 100],
    [120, 120],
    [1000, 673.58],
  ])("batas %p → %p", (batas, expected) => {
    const r = capaian({ target: "0,53%", realisasi: "3,57%", batas });
    expect(r.ok && Number(r.value.toFixed(2))).toBe(expected);
  });
  it.each([[0], [-5], ["x"], [NaN]])("batas %p → #VALUE!", (batas) => {
    expect(capaian({ target: 10, realisasi: 5, batas: batas as number })).toMatchObject({
      ok: false,
      code: "#VALUE!",
    });
  });
});

describe("bad realisasi and arguments name themselves", () => {
  it.each([
    [{ target: 70, realisasi: "" }, "#N/A", "Realisasi kosong: capaian belum dapat dihitung"],
    [{ target: 70, realisasi: null }, "#N/A", "Realisasi kosong: capaian belum dapat dihitung"],
    [{ target: 70, realisasi: "abc" }, "#VALUE!", "Realisasi bukan angka: 'abc'"],
    [{ target: "abc", realisasi: 5 }, "#VALUE!", "Target kosong atau bukan angka: 'abc'"],
    [{ target: undefined, realisasi: 5 }, "#VALUE!", "Target kosong atau bukan angka: ''"],
  ])("%j → %s", (input, code, message) => {
    expect(capaian(input)).toEqual({ ok: false, code, message });
  });
  it.each([[null], [undefined], [5], ["x"]])("non-object %p → #VALUE!", (input) => {
    expect(capaian(input as never)).toMatchObject({ ok: false, code: "#VALUE!" });
  });
});

describe("rumusCapaian prints the formula", () => {
  it.each<[Polaritas, "number" | "range" | "predikat" | undefined, string]>([
    ["naik", undefined, "R / T × 100"],
    ["turun", "number", "(2T − R) / T × 100"],
    ["turun-rasio", "number", "T / R × 100"],
    ["tetap", "number", "100 − |R − T| / T × 100"],
    ["naik", "range", "dalam rentang = 100; di luar: R / T × 100, T = batas rentang terdekat"],
    ["naik", "predikat", "peringkat(R) / peringkat(T) × 100"],
    ["bogus" as Polaritas, "number", "R / T × 100"],
  ])("%s %s → %s", (p, kind, expected) => {
    expect(rumusCapaian(p, kind)).toBe(expected);
  });
});

describe("explainCapaian shows the numbers", () => {
  it.each([
    [{ target: 70, realisasi: 67.71 }, "67,71 / 70 × 100 = 96,73"],
    [{ target: "70", realisasi: "67,71" }, "67,71 / 70 × 100 = 96,73"],
    [{ target: 10, realisasi: 5, polaritas: "turun" as const }, "(2 × 10 − 5) / 10 × 100 = 150,00"],
    [{ target: 10, realisasi: 20, polaritas: "turun-rasio" as const }, "10 / 20 × 100 = 50,00"],
    [{ target: 10, realisasi: 12, polaritas: "tetap" as const }, "100 − |12 − 10| / 10 × 100 = 80,00"],
    [{ target: "70–80", realisasi: 75 }, "75 dalam rentang 70–80 = 100,00"],
    [{ target: "70–80", realisasi: 88 }, "88 di atas rentang 70–80: 88 / 80 × 100 = 110,00"],
    [{ target: "BB", realisasi: "A" }, "peringkat A (6) / peringkat BB (5) × 100 = 120,00"],
    [{ target: "0,53%", realisasi: "3,57%", batas: 100 }, "3,57 / 0,53 × 100 = 673,58 (dibatasi 100,00)"],
    [{ target: 0, realisasi: 0 }, "Target 0, realisasi 0: capaian 100,00 (aturan khusus target 0)"],
    [{ target: 0, realisasi: 5 }, "#DIV/0! Target 0 dengan realisasi 5: capaian tidak dapat dihitung"],
    [{ target: "abc", realisasi: 5 }, "#VALUE! Target kosong atau bukan angka: 'abc'"],
  ])("%j", (input, expected) => {
    expect(explainCapaian(input)).toBe(expected);
  });
});
