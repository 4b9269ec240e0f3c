/**
 * The one A1 module of the report, the check and both writers (no Office.js, no ExcelJS): 1-based rows and columns.
 */

export type Box = { top: number; left: number; bottom: number; right: number }; // 1-based, inclusive

/**
 * Column letters to a 1-based index.
 * @example columnIndex("AB") //=> 28
 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * 1-based column index to letters.
 * @example columnLetters(28) //=> "AB"
 */
export function columnLetters(index: number): string {
  let s = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Row/column (1-based) to an A1 address.
 * @example cellAddress(3, 2) //=> "B3"
 */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/**
 * An A1 range of two corners; a single cell when both are equal.
 * @example rangeAddress(1, 1, 3, 3) //=> "A1:C3"
 */
export function rangeAddress(r1: number, c1: number, r2: number, c2: number): string {
  const a = cellAddress(r1, c1);
  const b = cellAddress(r2, c2);
  return a === b ? a : `${a}:${b}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/**
 * Parses "B3" or "A1:C3" (with or without $, without a sheet) into a box; throws on bad input (a bug).
 * @example parseRange("A1:C3") //=> { top: 1, left: 1, bottom: 3, right: 3 }
 */
export function parseRange(a1: string): Box {
  const box = tryRange(a1);
  if (!box) throw new Error(`Alamat sel tidak sah: ${a1}`);
  return box;
}

/**
 * The same, null when the text is not an address.
 * @example tryRange("Total") //=> null
 */
export function tryRange(a1: string): Box | null {
  const [first, second = first] = a1.split(":");
  const a = CELL.exec(first.trim());
  const b = CELL.exec(second.trim());
  if (!a || !b) return null;
  const r1 = Number(a[2]),
    r2 = Number(b[2]),
    c1 = columnIndex(a[1]),
    c2 = columnIndex(b[1]);
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/**
 * Row and column of an address (the first cell of a range); anything else sorts last.
 * @example parseA1("AB12") //=> { row: 12, col: 28 }
 */
export function parseA1(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(a1.trim());
  if (!m) return { row: Number.MAX_SAFE_INTEGER, col: Number.MAX_SAFE_INTEGER };
  return { row: Number(m[2]), col: columnIndex(m[1]) };
}

/**
 * A box back to "A1:C3" (or "A1" for one cell).
 * @example boxAddress({ top: 1, left: 1, bottom: 3, right: 3 }) //=> "A1:C3"
 */
export function boxAddress(box: Box): string {
  return rangeAddress(box.top, box.left, box.bottom, box.right);
}

/**
 * A sheet name quoted for a reference, quotes doubled.
 * @example quoteSheet("It's") //=> "'It''s'"
 */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Drops an optional "Sheet!" prefix from an address such as Office.js returns.
 * @example stripSheet("'Capaian Kinerja'!A1:C3") //=> "A1:C3"
 */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}
