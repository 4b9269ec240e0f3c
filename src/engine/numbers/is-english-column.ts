import { parseNumber } from "./parse-number";

/**
 * True when a column's text numbers are English-formatted: at least one is certainly English
 * ("23,130,080,992", "92.15%") and none is certainly Indonesian ("17,65", "1.234.567") (docs/DOMAIN.md §9).
 * @example isEnglishColumn(["11,762,079,613", "92.15%", "100"]) //=> true
 */
export function isEnglishColumn(raws: unknown[]): boolean {
  if (!Array.isArray(raws)) return false;
  let english = 0;
  for (const raw of raws) {
    if (typeof raw !== "string") continue;
    const asIs = parseNumber(raw);
    if (asIs.kind !== "number") continue;
    if (asIs.english) {
      english += 1;
      continue;
    }
    const asEnglish = parseNumber(raw, { english: true });
    // A separator that the English reading cannot take makes the column Indonesian.
    if (asEnglish.kind === "number" && !asEnglish.english && /\d[.,]\d/.test(raw)) return false;
  }
  return english > 0;
}
