import { cellAddress, type Box } from "./a1";

/*
 * A sheet whose used range is mostly empty (a table at A1 and one stray cell at XFD1048576) would
 * become a grid of billions of cells. Such a sheet is read as its dense core: the block of rows and
 * columns that holds most of its cells; the stray cells are named so the reader can say so.
 * Host-free: the xlsx adapter feeds it the cells it holds, the Office adapter the occupied areas Excel
 * reports (constants and formulas), both as 1-based boxes.
 */

/** Cells a grid may span before the xlsx adapter cuts the sheet to its core. */
export const MAX_AREA = 4_000_000;
const ROW_GAP = 1000; // empty rows that separate a stray cell from the tables
const COL_GAP = 256; // empty columns that do the same
const SAMPLE = 5; // stray cells named in the info line

/** What a sheet's core leaves out: how many cells, and the first few by address (row by row). */
export type Skipped = { cells: number; sample: string[] };
export type Core = { box: Box; skipped?: Skipped };

function cellsIn(b: Box): number {
  return (b.bottom - b.top + 1) * (b.right - b.left + 1);
}

/** The bounding box of some areas; null for none. */
export function boundingBox(areas: Box[]): Box | null {
  if (!areas.length) return null;
  const out = { ...areas[0] };
  for (const a of areas) {
    out.top = Math.min(out.top, a.top);
    out.left = Math.min(out.left, a.left);
    out.bottom = Math.max(out.bottom, a.bottom);
    out.right = Math.max(out.right, a.right);
  }
  return out;
}

type Side = { from: "top" | "left"; to: "bottom" | "right" };
const ROWS: Side = { from: "top", to: "bottom" };
const COLS: Side = { from: "left", to: "right" };

/** The areas grouped into runs along one side where the gap is at most `gap`; the run holding the most cells. */
function heaviestRun(areas: Box[], side: Side, gap: number): Box[] {
  const sorted = [...areas].sort((a, b) => a[side.from] - b[side.from]);
  let best: Box[] = [];
  let bestWeight = -1;
  let run: Box[] = [];
  let weight = 0;
  let end = -Infinity;
  const close = () => {
    if (weight > bestWeight) [best, bestWeight] = [run, weight];
  };
  for (const a of sorted) {
    if (run.length && a[side.from] - end > gap) {
      close();
      [run, weight, end] = [[], 0, -Infinity];
    }
    run.push(a);
    weight += cellsIn(a);
    end = Math.max(end, a[side.to]);
  }
  close();
  return best;
}

/** Up to `n` cell addresses of some areas, row by row. */
function sampleCells(areas: Box[], n: number): string[] {
  const cells: [number, number][] = [];
  for (const a of areas)
    for (let r = a.top; r <= a.bottom && r < a.top + n; r++)
      for (let c = a.left; c <= a.right && c < a.left + n; c++) cells.push([r, c]);
  cells.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return cells.slice(0, n).map(([r, c]) => cellAddress(r, c));
}

/**
 * The block to read of a sheet given its occupied areas (1-based boxes that do not overlap), or null
 * when their bounding box spans at most `maxArea` cells and is read as it is.
 * @example denseCore([{ top: 1, left: 1, bottom: 20, right: 4 }, { top: 1048576, left: 16384, bottom: 1048576, right: 16384 }])
 * //=> { box: { top: 1, left: 1, bottom: 20, right: 4 }, skipped: { cells: 1, sample: ["XFD1048576"] } }
 */
export function denseCore(areas: Box[], maxArea = MAX_AREA): Core | null {
  const whole = boundingBox(areas);
  if (!whole || cellsIn(whole) <= maxArea) return null;
  const inRows = heaviestRun(areas, ROWS, ROW_GAP);
  const inCore = new Set(heaviestRun(inRows, COLS, COL_GAP));
  const rows = boundingBox(inRows) as Box;
  const box = { ...(boundingBox([...inCore]) as Box), top: rows.top, bottom: rows.bottom };
  const strays = areas.filter((a) => !inCore.has(a));
  if (!strays.length) return { box };
  return {
    box,
    skipped: { cells: strays.reduce((n, a) => n + cellsIn(a), 0), sample: sampleCells(strays, SAMPLE) },
  };
}

/**
 * The occupied areas of a sparse cell array (0-based rows and columns, null or missing = empty): one
 * area per run of filled cells in a row.
 * @example cellAreas([[1, 2, null, 3]]) //=> [{ top: 1, left: 1, bottom: 1, right: 2 }, { top: 1, left: 4, bottom: 1, right: 4 }]
 */
export function cellAreas(cells: unknown[][]): Box[] {
  const areas: Box[] = [];
  cells.forEach((row, r) => {
    let open: Box | null = null;
    for (const k in row) {
      const c = Number(k);
      if (row[c] == null) continue;
      if (open && open.right === c) open.right = c + 1;
      else areas.push((open = { top: r + 1, bottom: r + 1, left: c + 1, right: c + 1 }));
    }
  });
  return areas;
}
