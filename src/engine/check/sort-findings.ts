import type { Finding } from "./finding";
import { parseA1 } from "../sheet/a1";

/**
 * Findings in sheet order (as given), then row, then column (not string order: A10 after A9), one per rule and cell.
 * @example sortFindings([fB10, fB9], ["Kinerja"]).map((f) => f.cell) //=> ["B9", "B10"]
 */
export function sortFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const key = `${f.rule}|${f.sheet}|${f.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const rank = (sheet: string) => {
    const i = sheetOrder.indexOf(sheet);
    return i < 0 ? sheetOrder.length : i;
  };
  const keyed = unique.map((f) => ({ f, at: parseA1(f.cell), s: rank(f.sheet) }));
  keyed.sort(
    (a, b) =>
      a.s - b.s ||
      (a.s === sheetOrder.length ? a.f.sheet.localeCompare(b.f.sheet) : 0) ||
      a.at.row - b.at.row ||
      a.at.col - b.at.col ||
      a.f.rule.localeCompare(b.f.rule),
  );
  return keyed.map((k) => k.f);
}
