import { isNoValueText, parseNumber } from "../../src/engine/numbers";

describe("a dash alone states no value (docs/DOMAIN.md §9), the same test everywhere", () => {
  it.each<[string, string, boolean]>([
    ["empty text", "", true],
    ["blanks only", "  \u00A0 ", true],
    ["hyphen", "-", true],
    ["en dash with spaces", " – ", true],
    ["em dash", "—", true],
    ["minus sign", "\u2212", true],
    ["several dashes", "--", true],
    ["zero is a value", "0", false],
    ["negative number", "-5", false],
    ["a word", "Nihil", false],
    ["dash in a code", "1.02-01", false],
  ])("%s: %p → %p", (_rule, text, noValue) => {
    expect(isNoValueText(text)).toBe(noValue);
    // The number parser agrees: what states no value reads as empty, and nothing else does.
    expect(parseNumber(text).kind === "empty").toBe(noValue);
  });
});
