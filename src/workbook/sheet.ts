/** A read-only view of one SheetGrid by absolute 1-based row/column, with merges resolved. */
import type { GridCell, SheetGrid } from "./port";
import { parseRange, type Box } from "./a1";
import { evaluateFormula, numberOf } from "./formula-eval";

export type SheetView = {
  name: string;
  grid: SheetGrid;
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
  /** Merged ranges by their top-left "row,col"; and the top-left of every covered cell. */
  mergeAt: Map<number, Box>;
  mergeTop: Map<number, number>;
  /** Raw cell at an absolute position (never the merge's top-left: see `owner`). */
  cell(row: number, col: number): GridCell | null;
  /** Display text of a cell, trimmed ("" when blank); numbers as JS prints them, errors as their code. */
  text(row: number, col: number): string;
};

const WIDTH = 16384; // Excel's column count: packs (row, col) into one map key

/** Packs a position into one number key. */
export function key(row: number, col: number): number {
  return row * WIDTH + col;
}

function cellText(c: GridCell | null): string {
  if (!c) return "";
  if (c.error) return c.error;
  const v = c.v;
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  return String(v);
}

/**
 * Wraps a grid; malformed rows (not arrays) read as blank, so hostile input cannot throw.
 * @example viewSheet({ name: "S", origin: { row: 3, col: 2 }, rows: [[{ v: "No" }]] }).text(3, 2) //=> "No"
 */
export function viewSheet(grid: SheetGrid): SheetView {
  const r0 = Number.isFinite(grid.origin?.row) ? Math.max(1, Math.trunc(grid.origin.row)) : 1;
  const c0 = Number.isFinite(grid.origin?.col) ? Math.max(1, Math.trunc(grid.origin.col)) : 1;
  const rows = Array.isArray(grid.rows) ? grid.rows : [];
  let width = 0;
  for (const r of rows) if (Array.isArray(r) && r.length > width) width = r.length;
  const mergeAt = new Map<number, Box>();
  const mergeTop = new Map<number, number>();
  for (const m of grid.merges ?? []) {
    const box = typeof m === "string" ? parseRange(m) : null;
    if (!box || (box.r2 - box.r1 + 1) * (box.c2 - box.c1 + 1) > 100000) continue;
    mergeAt.set(key(box.r1, box.c1), box);
    for (let r = box.r1; r <= box.r2; r++)
      for (let c = box.c1; c <= box.c2; c++)
        if (r !== box.r1 || c !== box.c1) mergeTop.set(key(r, c), key(box.r1, box.c1));
  }
  const stored = (row: number, col: number): GridCell | null => {
    const r = rows[row - r0];
    if (!Array.isArray(r)) return null;
    const c = r[col - c0];
    return c && typeof c === "object" ? c : null;
  };
  // Formulas saved without their result get one from plain arithmetic over the sheet (formula-eval).
  const computed = new Map<number, GridCell | null>();
  const cell = (row: number, col: number): GridCell | null => {
    const c = stored(row, col);
    if (!c || !c.formula || c.v !== null || c.error) return c;
    const k = key(row, col);
    if (computed.has(k)) return computed.get(k) ?? c;
    computed.set(k, null); // a reference cycle reads as unknown
    const v = evaluateFormula(c.formula, (r, cc) => numberOf(cell(r, cc)?.v));
    const out = v === null ? null : { ...c, v };
    computed.set(k, out);
    return out ?? c;
  };
  return {
    name: String(grid.name ?? ""),
    grid,
    firstRow: r0,
    lastRow: r0 + rows.length - 1,
    firstCol: c0,
    lastCol: c0 + width - 1,
    mergeAt,
    mergeTop,
    cell,
    text: (row, col) => cellText(cell(row, col)),
  };
}

/** The row/column of the top-left cell of the merge covering (row, col), or the cell itself. */
export function owner(view: SheetView, row: number, col: number): { row: number; col: number } {
  const k = view.mergeTop.get(key(row, col));
  if (k === undefined) return { row, col };
  return { row: Math.floor(k / WIDTH), col: k % WIDTH };
}
