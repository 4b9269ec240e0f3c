/** Row-level tests the table finder needs: blank rows, title lines, "Sumber :" lines, notes. */
import type { SheetView } from "./sheet";

/** The non-empty cells of a row between two columns, as { col, text }. */
export function rowTexts(
  view: SheetView,
  row: number,
  c1: number,
  c2: number,
): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (let c = c1; c <= c2; c++) {
    const t = view.text(row, c);
    if (t !== "") out.push({ col: c, text: t });
  }
  return out;
}

/** True when a row has nothing between the two columns. */
export function isBlank(view: SheetView, row: number, c1: number, c2: number): boolean {
  for (let c = c1; c <= c2; c++) if (view.text(row, c) !== "") return false;
  return true;
}

const SUMBER = /^[^\p{L}\p{N}]*sumber\s*(data)?\s*[:：]/iu;
const SUMBER_LOOSE = /^[^\p{L}\p{N}]*sumber\b/iu;

/**
 * The text after "Sumber :" when the row is a source line under a table, else undefined.
 * @example sumberOf(["Sumber : DPPA Dinas KUKM"]) //=> "DPPA Dinas KUKM"
 */
export function sumberOf(texts: string[]): string | undefined {
  if (texts.length === 0 || texts.length > 2) return undefined;
  const t = texts.join(" ");
  if (!SUMBER.test(t) && !(texts.length === 1 && SUMBER_LOOSE.test(t) && t.length > 12)) return undefined;
  return t
    .replace(/^[^\p{L}\p{N}]*sumber\s*(data)?\s*[:：]?[\s*]*/iu, "")
    .replace(/\*+/g, "")
    .trim();
}

/** True for a table title line: "Tabel 3.2 …" (any single text line counts above a header). */
export function isTitleText(text: string): boolean {
  return /^[*\s]*tabel\b/i.test(text);
}

// "TAHUN 2024", "TAHUN ANGGARAN 2026", "T.A. 2025", "TA 2025", "Realisasi TW IV 2025".
const TITLE_YEAR =
  /(?:\btahun(?:\s+anggaran)?|\bt\.\s?a\.?|\bta|\btw\s*(?:iv|iii|ii|i|[1-4])|\btriwulan\s*(?:iv|iii|ii|i|[1-4]))\s*(19[5-9]\d|2[01]\d\d)\b/gi;

/**
 * Reporting year named in a title (the last one of the line).
 * @example yearInTitle("REKAPITULASI BELANJA … TAHUN ANGGARAN 2026") //=> 2026
 */
export function yearInTitle(text: string): number | undefined {
  const all = [...text.matchAll(TITLE_YEAR)];
  return all.length > 0 ? Number(all[all.length - 1][1]) : undefined;
}
