// "", "-", "–", "—" and "−" alone mean no value in printed tables (docs/DOMAIN.md §9).
const NO_VALUE = /^[\s\u00A0\-\u2013\u2014\u2212]*$/;

/**
 * True when a cell's text states no value: empty, blanks, or dashes only.
 * @example isNoValueText(" – ") //=> true
 * @example isNoValueText("0") //=> false
 */
export function isNoValueText(text: string): boolean {
  return NO_VALUE.test(text);
}
