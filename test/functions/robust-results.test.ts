/**
 * Issue 13, numbers: a SAKIP.* function never hands Excel −0, ±Infinity or NaN; SAKIP.ANGKA of a
 * number too long for a double is an error value, not Infinity.
 */
import fc from "fast-check";
import { excel } from "./custom-functions-stub";
import { sakipAngka } from "../../src/functions/angka";
import { sakipCapaian } from "../../src/functions/capaian";
import { sakipEfisiensi } from "../../src/functions/efisiensi";
import { sakipKemajuan } from "../../src/functions/kemajuan";
import { sakipPertumbuhan } from "../../src/functions/pertumbuhan";
import { sakipRata } from "../../src/functions/rata";
import { sakipSelisih } from "../../src/functions/selisih";
import { sakipSerapan } from "../../src/functions/serapan";
import { sakipSisa } from "../../src/functions/sisa";
import { sakipTahunan } from "../../src/functions/tahunan";
import { parseNumber } from "../../src/engine/numbers";

const isError = (v: unknown) => typeof v === "object" && v !== null && "code" in v;

describe("SAKIP.ANGKA of 400 nines is an error value, not Infinity", () => {
  it.each(["9".repeat(400), `-${"9".repeat(400)}`, `${"9".repeat(400)},5`, `Rp ${"9".repeat(400)},-`])(
    "%#",
    (text) => {
      expect(excel(() => sakipAngka(text))).toEqual({
        code: "#VALUE!",
        message: expect.stringMatching(/bukan angka/),
      });
      expect(parseNumber(text).kind).toBe("text");
    },
  );
});

describe("functions never return −0", () => {
  it.each<[string, () => unknown]>([
    ["CAPAIAN(-5; 0)", () => sakipCapaian(-5, 0, null, null)],
    ["SERAPAN(-5; 0)", () => sakipSerapan(-5, 0)],
    ["SELISIH(0; -0)", () => sakipSelisih(0, -0)],
    ["SISA(-0; 0)", () => sakipSisa(-0, 0)],
    ["EFISIENSI(0; -5; rasio)", () => sakipEfisiensi(0, -5, "rasio")],
  ])("%s", (_name, call) => {
    const shown = excel(call);
    if (typeof shown === "number") expect(Object.is(shown, -0)).toBe(false);
  });
});

describe("functions never return ±Infinity or NaN (property over any double, -0 and text included)", () => {
  const value = fc.oneof(
    fc.double(),
    fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.MAX_VALUE, "9".repeat(400), "", "abc"),
  );
  const CALLS: [string, (a: unknown, b: unknown) => unknown][] = [
    ["CAPAIAN", (a, b) => sakipCapaian(a, b, null, null)],
    ["CAPAIAN turun", (a, b) => sakipCapaian(a, b, "turun", null)],
    ["SERAPAN", (a, b) => sakipSerapan(a, b)],
    ["SISA", (a, b) => sakipSisa(a, b)],
    ["SELISIH", (a, b) => sakipSelisih(a, b)],
    ["PERTUMBUHAN", (a, b) => sakipPertumbuhan(a, b)],
    ["EFISIENSI", (a, b) => sakipEfisiensi(a, b, null)],
    ["EFISIENSI rasio", (a, b) => sakipEfisiensi(a, b, "rasio")],
    ["KEMAJUAN", (a, b) => sakipKemajuan([[a, b]], 100, null)],
    ["TAHUNAN", (a, b) => sakipTahunan([[a, b, a, b]], null, null)],
    ["RATA", (a, b) => sakipRata([[a], [b]], null)],
  ];
  it.each(CALLS)("%s", (_name, call) => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        const shown = excel(() => call(a, b));
        if (isError(shown)) return;
        if (typeof shown === "number") {
          expect(Number.isFinite(shown)).toBe(true);
          expect(Object.is(shown, -0)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
