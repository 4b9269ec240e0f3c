/**
 * The rows of a header block, however deep: official forms stack group titles, sub-titles, years,
 * triwulan and units over each column (Permendagri 86 Renja evaluation, SIPD "Kelompok Belanja ›
 * Operasi › Anggaran"). Starting from one row recognised as a header, the band grows up and down
 * over rows that are still header: tied to it by merged cells, or holding only header-like text.
 */
import { isColumnNumberRow, isSubHeaderRow } from "./header-rows";
import { isTitleText, sumberOf } from "./lines";
import { key, owner, type SheetView } from "./sheet";

export const MAX_HEADER_ROWS = 6;

/** A year typed as a number in a header cell ("Target Renstra SKPD" › 2014 | 2015). */
function isYearNumber(v: unknown): boolean {
  return typeof v === "number" && Number.isInteger(v) && v >= 1950 && v <= 2199;
}

/** True when some merge covers both `row` and the row below it inside the columns. */
function mergedDown(view: SheetView, row: number, c1: number, c2: number): boolean {
  for (let c = c1; c <= c2; c++) {
    const o = owner(view, row + 1, c);
    if (o.row <= row) return true;
  }
  return false;
}

/** The distinct cells (merge owners) of a row that hold text, and whether any holds a number. */
function rowOwners(view: SheetView, row: number, c1: number, c2: number) {
  const seen = new Set<number>();
  const texts: { text: string; width: number; col: number }[] = [];
  let numeric = false;
  for (let c = c1; c <= c2; c++) {
    const o = owner(view, row, c);
    if (o.row !== row || seen.has(key(o.row, o.col))) continue;
    seen.add(key(o.row, o.col));
    const cell = view.cell(o.row, o.col);
    if (!cell || cell.v === null || view.text(o.row, o.col) === "") continue;
    if (typeof cell.v === "number" && !isYearNumber(cell.v)) numeric = true;
    const m = view.mergeAt.get(key(o.row, o.col));
    texts.push({ text: view.text(o.row, o.col), width: m ? m.c2 - m.c1 + 1 : 1, col: o.col });
  }
  return { texts, numeric };
}

/** True when the row above a header belongs to it: group titles over the columns, no data. */
function isBandRowAbove(view: SheetView, row: number, c1: number, c2: number): boolean {
  const { texts, numeric } = rowOwners(view, row, c1, c2);
  if (numeric || texts.length === 0) return false;
  if (texts.some((t) => t.text.length > 160 || isTitleText(t.text) || /\S\s*:\s+\S/.test(t.text)))
    return false;
  if (sumberOf(texts.map((t) => t.text)) !== undefined) return false;
  if (mergedDown(view, row, c1, c2)) return true;
  // A lone line is a title or a note ("OPD : Biro Perekonomian"), unless merged over a group of
  // columns inside the table (a title starts at its first column).
  if (texts.length === 1) return texts[0].width > 1 && texts[0].width < c2 - c1 + 1 && texts[0].col > c1;
  return true;
}

/** True when the row below a header still belongs to it: sub-titles, years, units; never data. */
function isBandRowBelow(view: SheetView, row: number, c1: number, c2: number): boolean {
  if (isColumnNumberRow(view, row, c1, c2)) return false;
  const { texts, numeric } = rowOwners(view, row, c1, c2);
  if (numeric || texts.length === 0) return false;
  if (texts.some((t) => t.text.length > 160)) return false;
  return mergedDown(view, row - 1, c1, c2) || isSubHeaderRow(view, row, c1, c2);
}

/**
 * Grows a header found at rows top..bottom to the whole band of header rows (at most six).
 * @example expandBand(view, 8, 8, 1, 14) // SIPD: "Kode" and "Uraian" merged over rows 6–8 //=> { top: 6, bottom: 8 }
 */
export function expandBand(
  view: SheetView,
  top: number,
  bottom: number,
  c1: number,
  c2: number,
): { top: number; bottom: number } {
  while (
    bottom - top + 1 < MAX_HEADER_ROWS &&
    top - 1 >= view.firstRow &&
    isBandRowAbove(view, top - 1, c1, c2)
  )
    top--;
  while (
    bottom - top + 1 < MAX_HEADER_ROWS &&
    bottom + 1 <= view.lastRow &&
    isBandRowBelow(view, bottom + 1, c1, c2)
  )
    bottom++;
  return { top, bottom };
}
