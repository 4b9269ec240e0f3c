/** A1 address helpers: 1-based row/column numbers to and from "B7", "A3:J12". */

/**
 * Column letters of a 1-based column number.
 * @example colLetter(28) //=> "AB"
 */
export function colLetter(col: number): string {
  let n = Math.max(1, Math.trunc(col));
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * A1 address of a 1-based row and column.
 * @example a1(7, 2) //=> "B7"
 */
export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

/**
 * 1-based row/column of an A1 address ("$B$7" accepted), or null when it is not one.
 * @example parseA1("B7") //=> { row: 7, col: 2 }
 */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

export type Box = { r1: number; c1: number; r2: number; c2: number };

/**
 * A range "A3:J12" (or a single cell) as a box, or null; a sheet prefix "Kinerja!" is ignored.
 * @example parseRange("A3:J12") //=> { r1: 3, c1: 1, r2: 12, c2: 10 }
 */
export function parseRange(range: string): Box | null {
  const body = range.includes("!") ? range.slice(range.lastIndexOf("!") + 1) : range;
  const [a, b = a] = body.split(":");
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q) return null;
  return {
    r1: Math.min(p.row, q.row),
    c1: Math.min(p.col, q.col),
    r2: Math.max(p.row, q.row),
    c2: Math.max(p.col, q.col),
  };
}

/**
 * A1 range of a box.
 * @example rangeA1({ r1: 3, c1: 1, r2: 12, c2: 10 }) //=> "A3:J12"
 */
export function rangeA1(box: Box): string {
  return `${a1(box.r1, box.c1)}:${a1(box.r2, box.c2)}`;
}
