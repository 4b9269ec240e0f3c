/** Column letters of a 1-based column number: 1 → "A", 27 → "AA". */
export function colLetter(col: number): string {
  let n = col;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address of a 1-based (row, col). */
export function cellRef(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

/** A1 range; a single cell when both corners are equal. */
export function rangeRef(r1: number, c1: number, r2: number, c2: number): string {
  const a = cellRef(r1, c1);
  const b = cellRef(r2, c2);
  return a === b ? a : `${a}:${b}`;
}
