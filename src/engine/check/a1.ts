/**
 * Row and column (1-based) of an A1 address; the first cell of a range; unknown text sorts last.
 * @example parseA1("AB12") //=> { row: 12, col: 28 }
 */
export function parseA1(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(a1.trim());
  if (!m) return { row: Number.MAX_SAFE_INTEGER, col: Number.MAX_SAFE_INTEGER };
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}
