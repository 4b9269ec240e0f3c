/**
 * A sheet whose used range is mostly empty (a table at A1 and one stray cell at XFD1048576) would
 * become a grid of billions of cells. Such a sheet is read as its dense core: the block of rows and
 * columns that holds most of its cells; the stray cells are named so the reader can say so.
 */
const MAX_AREA = 4_000_000; // cells a grid may span before the sheet is cut to its core
const ROW_GAP = 1000; // empty rows that separate a stray cell from the tables
const COL_GAP = 256; // empty columns that do the same

export type Core = { top: number; bottom: number; left: number; right: number; strays: [number, number][] };

/** Runs of sorted indices split where the gap is wider than `gap`; the one with the most weight. */
function heaviestRun(indices: number[], weight: (i: number) => number, gap: number): [number, number] {
  let best: [number, number] = [indices[0], indices[0]];
  let bestWeight = -1;
  let start = 0;
  for (let k = 1; k <= indices.length; k++) {
    if (k < indices.length && indices[k] - indices[k - 1] <= gap) continue;
    let w = 0;
    for (let j = start; j < k; j++) w += weight(indices[j]);
    if (w > bestWeight) [best, bestWeight] = [[indices[start], indices[k - 1]], w];
    start = k;
  }
  return best;
}

/**
 * The block to read of a sparse cell array (0-based rows and columns), or null when the whole used
 * range is small enough to read as it is.
 * @example denseCore(cellsWithA1TableAndXFD1048576)?.strays //=> [[1048575, 16383]]
 */
export function denseCore(cells: unknown[][], top: number, left: number, right: number): Core | null {
  const bottom = cells.length - 1;
  if ((bottom - top + 1) * (right - left + 1) <= MAX_AREA) return null;
  const rowIdx: number[] = [];
  const rowCount = new Map<number, number>();
  for (let r = top; r <= bottom; r++) {
    const row = cells[r];
    if (!row) continue;
    let n = 0;
    for (const k in row) if (row[Number(k)] != null) n++;
    if (n > 0) [rowIdx.push(r), rowCount.set(r, n)];
  }
  const [r1, r2] = heaviestRun(rowIdx, (r) => rowCount.get(r) ?? 0, ROW_GAP);
  const colCount = new Map<number, number>();
  for (let r = r1; r <= r2; r++)
    for (const k in cells[r] ?? [])
      if (cells[r][Number(k)] != null) colCount.set(Number(k), (colCount.get(Number(k)) ?? 0) + 1);
  const colIdx = [...colCount.keys()].sort((a, b) => a - b);
  const [c1, c2] = heaviestRun(colIdx, (c) => colCount.get(c) ?? 0, COL_GAP);
  const strays: [number, number][] = [];
  for (const r of rowIdx)
    for (const k in cells[r]) {
      const c = Number(k);
      if (cells[r][c] != null && (r < r1 || r > r2 || c < c1 || c > c2)) strays.push([r, c]);
    }
  return { top: r1, bottom: r2, left: c1, right: c2, strays };
}
