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

/** 1-based corners of an A1 range or cell ("B3:D5", "C7"); null when it is not one. */
export function parseRef(ref: string): { r1: number; c1: number; r2: number; c2: number } | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
  if (!m) return null;
  const c1 = colNumber(m[1]);
  const r1 = Number(m[2]);
  return m[3] ? { r1, c1, r2: Number(m[4]), c2: colNumber(m[3]) } : { r1, c1, r2: r1, c2: c1 };
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
