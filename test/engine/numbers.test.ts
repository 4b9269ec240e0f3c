import {
  parseNumber,
  isEnglishColumn,
  formatNumber,
  formatRupiah,
  formatPercent,
  roundHalfUp,
  truncate,
} from "../../src/engine/numbers";

const num = (
  value: number,
  decimals: number,
  extra: Partial<{ percent: boolean; ambiguous: boolean; english: boolean }> = {},
) => ({
  kind: "number",
  value,
  decimals,
  percent: false,
  ambiguous: false,
  english: false,
  ...extra,
});

describe("parseNumber reads Indonesian numbers (DOMAIN.md §9)", () => {
  it.each([
    ["1.234.567,89", num(1234567.89, 2)],
    ["17,65%", num(17.65, 2, { percent: true })],
    ["17,65 %", num(17.65, 2, { percent: true })],
    ["Rp. 12.151.893.026,-", num(12151893026, 0)],
    ["Rp 6.893.094.173", num(6893094173, 0)],
    ["(1.402.374.992)", num(-1402374992, 0)],
    ["73 (BB)", num(73, 0)],
    ["70,00 (persen)", num(70, 2)],
    ["0,304", num(0.304, 3)],
    ["5.267.457,50", num(5267457.5, 2)],
    ["1.234", num(1234, 0)],
    ["24", num(24, 0)],
    ["-3,5%", num(-3.5, 1, { percent: true })],
    ["\u22125", num(-5, 0)],
    ["  100%  ", num(100, 0, { percent: true })],
    ["1.234,5", num(1234.5, 1)],
    ["Rp1.000", num(1000, 0)],
    ["(Rp 1.000)", num(-1000, 0)],
    ["Rp. 0,-", num(0, 0)],
    ["17,65\u00A0%", num(17.65, 2, { percent: true })],
  ])("%j", (raw, expected) => {
    expect(parseNumber(raw)).toEqual(expected);
  });
});

describe("a dash or nothing is no value", () => {
  it.each(["-", "–", "—", "", "   ", "Rp -", null, undefined])("%j → empty", (raw) => {
    expect(parseNumber(raw)).toEqual({ kind: "empty" });
  });
});

describe("integer part 0 is always a decimal; a decimal point raises FORMAT_AMBIGUOUS", () => {
  it.each([
    ["0.304%", num(0.304, 3, { percent: true, ambiguous: true, english: true })],
    ["0.065", num(0.065, 3, { ambiguous: true, english: true })],
    ["70.95", num(70.95, 2, { ambiguous: true, english: true })],
    ["59.64%", num(59.64, 2, { percent: true, ambiguous: true, english: true })],
    ["4.6432", num(4.6432, 4, { ambiguous: true, english: true })],
    ["1,234", num(1.234, 3, { ambiguous: true })],
  ])("%j", (raw, expected) => {
    expect(parseNumber(raw)).toEqual(expected);
  });
});

describe("English-formatted numbers are flagged english", () => {
  it.each([
    ["23,130,080,992", num(23130080992, 0, { english: true })],
    ["92.15%", num(92.15, 2, { percent: true, ambiguous: true, english: true })],
    ["1,234.56", num(1234.56, 2, { english: true })],
  ])("%j", (raw, expected) => {
    expect(parseNumber(raw)).toEqual(expected);
  });
});

describe("options.english reads the column as English", () => {
  it.each([
    ["70.95", 70.95, true],
    ["1,234", 1234, true],
    ["1.234", 1.234, true],
    ["11,762,079,613", 11762079613, true],
    ["17,65", 17.65, false], // an odd Indonesian cell is still read
  ])("%j → %p", (raw, value, english) => {
    expect(parseNumber(raw, { english: true })).toMatchObject({
      kind: "number",
      value,
      english,
      ambiguous: false,
    });
  });
});

describe("text that is not a number stays text", () => {
  it.each(["abc", "17,65 %x", "A (81,1)", "1.23.4", "n/a", "1,2,3", "12-13", "%"])("%j", (raw) => {
    expect(parseNumber(raw)).toEqual({ kind: "text", text: raw });
  });
  it.each([[true], [{}], [[1]], [NaN], [Infinity], [Object.create(null)]])(
    "non-number %p is text, never NaN",
    (raw) => {
      expect(parseNumber(raw).kind).toBe("text");
    },
  );
});

describe("JS numbers are returned as is, decimals from the shortest form", () => {
  it.each([
    [57.9, 1],
    [100, 0],
    [0.1 + 0.2, 17],
    [1e-7, 7],
    [1.5e-10, 11],
    [1e21, 0],
  ])("%p has %p decimals", (value, decimals) => {
    expect(parseNumber(value)).toEqual(num(value, decimals));
  });
  it("-0 becomes 0", () => expect(Object.is((parseNumber(-0) as { value: number }).value, 0)).toBe(true));
});

describe("isEnglishColumn: every text number is English-formatted", () => {
  it.each([
    [["11,762,079,613", "92.15%", "100"], true],
    [["0.065", "0.062", 5], true],
    [["17,65", "92.15"], false],
    [["1.234.567", "70.95"], false],
    [["100", "200"], false],
    [["1.234", "1,234"], false],
    [[], false],
  ])("%j → %p", (raws, expected) => {
    expect(isEnglishColumn(raws)).toBe(expected);
  });
});

describe("format id-ID, half up", () => {
  it.each([
    [formatNumber(1234.567), "1.234,57"],
    [formatNumber(1.005), "1,01"],
    [formatNumber(2.675, 2), "2,68"],
    [formatNumber(-0.001), "0,00"],
    [formatNumber(96.7285714, 1), "96,7"],
    [formatNumber(1234567, 0), "1.234.567"],
    [formatNumber(NaN), ""],
    [formatRupiah(1234567), "Rp 1.234.567"],
    [formatRupiah(-1402374992), "-Rp 1.402.374.992"],
    [formatRupiah(0.4), "Rp 0"],
    [formatPercent(96.7285), "96,73%"],
    [formatPercent(673.584906, 0), "674%"],
    [formatPercent(Infinity), ""],
  ])("%j = %j", (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe("roundHalfUp and truncate are decimal-exact", () => {
  it.each([
    [1.005, 2, 1.01, 1],
    [2.675, 2, 2.68, 2.67],
    [97.1918, 1, 97.2, 97.1],
    [98.857142, 1, 98.9, 98.8],
    [0.57 * 100, 0, 57, 57],
    [(57.9 / 63) * 100, 2, 91.9, 91.9],
    [-2.5, 0, -3, -2],
    [-97.19, 1, -97.2, -97.1],
    [99.9, 0, 100, 99],
    [12151893026, 0, 12151893026, 12151893026],
  ])("%p at %p → %p / %p", (value, d, rounded, truncated) => {
    expect(roundHalfUp(value, d)).toBe(rounded);
    expect(truncate(value, d)).toBe(truncated);
  });
  it.each([NaN, Infinity, -Infinity])("%p gives 0", (v) => {
    expect(roundHalfUp(v, 2)).toBe(0);
    expect(truncate(v, 2)).toBe(0);
  });
});
