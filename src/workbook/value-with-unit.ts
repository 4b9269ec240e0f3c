/** A value typed with its unit in one cell, as the Renja forms print targets ("13 Dok", "55 Org"). */
import { parseNumber } from "../engine/numbers";

// A number, a space, then words of a unit: "13 Dok", "3 unit usaha", "81 persen", "1 Dokumen Pemutakhiran Data".
const VALUE_UNIT = /^([-+]?\d[\d.,]*)\s+(\p{L}[\p{L}\s./()-]*)$/u;

/**
 * The number of a "value unit" cell, read like any number of its column; undefined for other text.
 * @example valueWithUnit("13 Dok", false) //=> { kind: "number", value: 13, decimals: 0, percent: false, … }
 */
export function valueWithUnit(text: string, english: boolean): ReturnType<typeof parseNumber> | undefined {
  const m = VALUE_UNIT.exec(text.replace(/\s+/g, " ").trim());
  if (!m) return undefined;
  const p = parseNumber(m[1], { english });
  if (p.kind !== "number") return undefined;
  return /^persen\b/i.test(m[2]) ? { ...p, percent: true } : p;
}
