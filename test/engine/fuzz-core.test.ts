import fc from "fast-check";
import {
  parseNumber,
  isEnglishColumn,
  formatNumber,
  formatRupiah,
  formatPercent,
  roundHalfUp,
  truncate,
} from "../../src/engine/numbers";
import { capaian, parsePolaritas, parseTarget, rumusCapaian, explainCapaian } from "../../src/engine/capaian";
import {
  kriteria,
  labelMatches,
  buildScale,
  predikatAkip,
  gradeRank,
  PERMENDAGRI_86,
} from "../../src/engine/kriteria";
import { agreement } from "../../src/engine/compare/agreement";

// Number-like text is where parsers break: mix digits, separators, signs, Rp, %, notes and dashes.
const numberish = fc
  .array(
    fc.constantFrom(
      "0",
      "1",
      "7",
      "9",
      ".",
      ",",
      "-",
      "–",
      "%",
      " ",
      "(",
      ")",
      "Rp",
      "Rp.",
      "BB",
      "s/d",
      ",-",
      "e",
      "\u00A0",
      "\u2212",
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(""));
const anything = fc.oneof(
  fc.anything(),
  fc.string(),
  numberish,
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    null,
    undefined,
    NaN,
    Infinity,
    -Infinity,
    -0,
    "",
    "__proto__",
    "constructor",
    "toString",
    Object.create(null),
  ),
);
const RUNS = { numRuns: 3000 };

function noNaN(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value === "number") {
    expect(Number.isFinite(value)).toBe(true);
    return;
  }
  if (value && typeof value === "object" && !seen.has(value)) {
    seen.add(value);
    for (const v of Object.values(value)) noNaN(v, seen);
  }
}

describe("no core function throws or returns NaN/Infinity, whatever it is given", () => {
  it("numbers/", () => {
    fc.assert(
      fc.property(anything, anything, (a, b) => {
        noNaN(parseNumber(a));
        noNaN(parseNumber(a, b as never));
        noNaN(parseNumber(a, { english: true }));
        expect(typeof isEnglishColumn([a, b])).toBe("boolean");
        expect(typeof isEnglishColumn(a as never)).toBe("boolean");
        expect(typeof formatNumber(a as number, b as number)).toBe("string");
        expect(typeof formatRupiah(a as number)).toBe("string");
        expect(typeof formatPercent(a as number, b as number)).toBe("string");
        noNaN(roundHalfUp(a as number, b as number));
        noNaN(truncate(a as number, b as number));
      }),
      RUNS,
    );
  });

  it("capaian/", () => {
    fc.assert(
      fc.property(anything, anything, anything, anything, (target, realisasi, polaritas, batas) => {
        const input = { target, realisasi, polaritas: polaritas as never, batas: batas as never };
        noNaN(capaian(input));
        expect(typeof explainCapaian(input)).toBe("string");
        noNaN(parseTarget(target));
        noNaN(parsePolaritas(polaritas));
        expect(typeof rumusCapaian(polaritas as never, realisasi as never)).toBe("string");
        noNaN(capaian(target as never));
      }),
      RUNS,
    );
  });

  it("capaian/ on real numbers of every polarity returns finite values", () => {
    const polaritas = fc.constantFrom("naik", "turun", "turun-rasio", "tetap", null);
    fc.assert(
      fc.property(
        fc.double(),
        fc.double(),
        polaritas,
        fc.option(fc.double()),
        (target, realisasi, p, batas) => {
          noNaN(capaian({ target, realisasi, polaritas: p as never, batas }));
        },
      ),
      RUNS,
    );
  });

  it("kriteria/ and agreement", () => {
    fc.assert(
      fc.property(anything, anything, anything, (a, b, c) => {
        noNaN(kriteria(a as number));
        noNaN(kriteria(a as number, b as never));
        expect(typeof labelMatches(a as string, b as never)).toBe("boolean");
        expect(typeof labelMatches(a as string, PERMENDAGRI_86.bands[0])).toBe("boolean");
        noNaN(buildScale(a as never, b as string));
        noNaN(buildScale([{ min: a, max: b, label: c, color: a }] as never));
        noNaN(predikatAkip(a as number));
        noNaN(gradeRank(a as string));
        expect(["ok", "minor", "wrong"]).toContain(agreement(a as number, b as number, c as number));
      }),
      RUNS,
    );
  });

  it("agreement: a value always agrees with itself at any precision", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (v, d) => {
        expect(agreement(roundHalfUp(v, d), v, d)).toBe("ok");
      }),
      RUNS,
    );
  });
});
