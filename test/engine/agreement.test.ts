import { agreement } from "../../src/engine/compare/agreement";

describe("agreement: ok = rounded half up, minor = truncated, else wrong (fixtures README)", () => {
  it.each([
    [97.2, 97.1918, 1, "ok"],
    [97.1, 97.1918, 1, "minor"],
    [97.0, 97.1918, 1, "wrong"],
    [100, 99.9, 0, "ok"],
    [100, 99.12, 0, "wrong"],
    [99, 99.12, 0, "ok"],
    [98.9, 98.857142, 1, "ok"],
    [98.8, 98.857142, 1, "minor"],
    [24, 24.444444, 0, "ok"],
    [84, 96.728571, 0, "wrong"],
    [103.29, 103.289474, 2, "ok"],
    [103.28, 103.289474, 2, "minor"],
    [0, 0, 0, "ok"],
    [12151893026, 12151893026, 0, "ok"],
    [-97.2, -97.1918, 1, "ok"],
    [-97.1, -97.1918, 1, "minor"],
  ])("stated %p vs %p at %p dp → %s", (stated, computed, d, expected) => {
    expect(agreement(stated, computed, d)).toBe(expected);
  });
});

describe("agreement is robust to floating point", () => {
  it.each([
    [0.3, 0.1 + 0.2, 1, "ok"],
    [0.3, 0.1 + 0.2, 17, "ok"],
    [2.68, 2.675, 2, "ok"],
    [2.67, 2.675, 2, "minor"],
    [1.01, 1.005, 2, "ok"],
    [91.9, (57.9 / 63) * 100, 1, "ok"],
    [57, 0.57 * 100, 0, "ok"],
    [110, (88 / 80) * 100, 0, "ok"],
    [91, (63.7 / 70) * 100, 0, "ok"],
    [96.73, (67.71 / 70) * 100, 2, "ok"],
    [96.72, (67.71 / 70) * 100, 2, "minor"],
  ])("stated %p vs %p at %p dp → %s", (stated, computed, d, expected) => {
    expect(agreement(stated, computed, d)).toBe(expected);
  });
});

describe("agreement never accepts bad input", () => {
  it.each([
    [NaN, 1, 0],
    [1, NaN, 0],
    [Infinity, Infinity, 0],
    ["1" as unknown as number, 1, 0],
    [1, null as unknown as number, 0],
  ])("%p vs %p → wrong", (stated, computed, d) => {
    expect(agreement(stated, computed, d)).toBe("wrong");
  });
  it.each([[NaN], [-1], [2.7], [Infinity]])("odd decimals %p still give a verdict", (d) => {
    expect(["ok", "minor", "wrong"]).toContain(agreement(97.19, 97.1918, d));
  });
});
