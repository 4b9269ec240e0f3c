/** The label of every column of a header block of any depth: its header path, top to bottom. */
import { owner, key, type SheetView } from "./sheet";

/**
 * One column's header. `path` holds the distinct texts over the column from the top header row to
 * the bottom one ("Kelompok Belanja" › "Total" › "Anggaran"); `sub` is the lowest of them and
 * `group` the others joined with " › ". `span` is the last column a merged label covers (a "Kode"
 * header merged over four code columns), `unit` a units-row entry ("K", "%", "Rp.").
 */
export type ColumnLabel = {
  col: number;
  group: string;
  sub: string;
  cell: string;
  path?: string[];
  span?: number;
  unit?: string;
};

/** The header rows of a table: top (group row or single header) to bottom, and its columns. */
export type HeaderBlock = { top: number; bottom: number; c1: number; c2: number; labels: ColumnLabel[] };

/** Text shown at (row, col), reading through a merge to its top-left cell. */
function shown(view: SheetView, row: number, col: number): { text: string; row: number; col: number } {
  const o = owner(view, row, col);
  return { text: view.text(o.row, o.col), row: o.row, col: o.col };
}

/** The column span of the non-empty cells of the header rows, merges included. */
export function headerSpan(view: SheetView, top: number, bottom: number): { c1: number; c2: number } {
  let c1 = Infinity;
  let c2 = -Infinity;
  for (let r = top; r <= bottom; r++)
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      if (view.text(r, c) === "") continue;
      const m = view.mergeAt.get(key(r, c));
      c1 = Math.min(c1, c);
      c2 = Math.max(c2, m ? m.c2 : c);
    }
  return Number.isFinite(c1) ? { c1, c2 } : { c1: view.firstCol, c2: view.firstCol };
}

/** True when a header cell's text is a unit, printed in a units row under the titles. */
export function isUnitText(text: string): boolean {
  return /^(k|%|rp\.?|\(rp\)|\(%\)|\(k\)|satuan|vol|volume)$/i.test(text.trim());
}

const COLUMN_NUMBER = /^\(?\d{1,2}\)?\s*(=.*)?$/;

/** True when (row, col) holds its own text, not text merged down from a row above. */
function ownText(view: SheetView, row: number, col: number): boolean {
  const o = owner(view, row, col);
  return o.row === row && view.text(o.row, o.col) !== "";
}

/** True for a units row under the titles: "K | % | Rp." and nothing else. */
export function isUnitsRow(view: SheetView, row: number, c1: number, c2: number): boolean {
  let n = 0;
  for (let c = c1; c <= c2; c++) {
    if (!ownText(view, row, c)) continue;
    if (!isUnitText(view.text(row, c))) return false;
    n++;
  }
  return n >= 2;
}

/** The text a column shows at one header row above the bottom: its own cell, or the merge over it. */
function levelText(view: SheetView, row: number, col: number, c1: number): { text: string; row: number } {
  const s = shown(view, row, col);
  if (s.text !== "" || !ownText(view, row + 1, col)) return { text: s.text, row: s.row };
  // A PDF paste leaves group titles unmerged: the nearest group cell to the left over a run of
  // columns that have their own sub-headers below names them too (000 Tabel II.4).
  for (let g = col - 1; g >= c1 && ownText(view, row + 1, g); g--) {
    const t = shown(view, row, g);
    if (t.text === "") continue;
    return view.mergeAt.get(key(t.row, t.col)) ? { text: "", row } : t;
  }
  return { text: "", row };
}

/**
 * Labels of a header block: every column's path of distinct texts from top to bottom; a label
 * merged over several columns names the first of them and spans the rest.
 * @example headerLabels(view, 3, 4, 1, 11, a1)[6] //=> { col: 7, group: "TAHUN 2023", sub: "TARGET", cell: "G4", path: ["TAHUN 2023", "TARGET"] }
 */
export function headerLabels(
  view: SheetView,
  top: number,
  bottom: number,
  c1: number,
  c2: number,
  addr: (r: number, c: number) => string,
): ColumnLabel[] {
  const out: ColumnLabel[] = [];
  let covered = 0; // columns up to here belong to a label merged over several columns
  const units = bottom > top && isUnitsRow(view, bottom, c1, c2);
  for (let c = c1; c <= c2; c++) {
    const path: string[] = [];
    let cell = "";
    let ownCol = true;
    let unit: string | undefined;
    let span: number | undefined;
    for (let r = top; r <= bottom; r++) {
      const { text, row } = r === bottom ? shown(view, r, c) : levelText(view, r, c, c1);
      if (text === "" || (r > top && COLUMN_NUMBER.test(text))) continue; // "(5)", "14=6 + 12" name no column
      if (r === bottom && units && path.length > 0) {
        unit = text;
        if (ownText(view, r, c)) ownCol = true; // "K | Rp" under one merged title: two columns
        continue;
      }
      if (path[path.length - 1] !== text) path.push(text);
      const o = owner(view, r, c);
      cell = addr(row, o.col);
      const m = view.mergeAt.get(key(o.row, o.col));
      // Only the lowest level decides whether this column is its own or part of a wider label.
      ownCol = o.col === c;
      // Over a units row, each column with its own unit stands alone ("K | Rp" under one title).
      span = m && m.c2 > m.c1 && o.col === c && !units ? Math.min(m.c2, c2) : undefined;
    }
    if (path.length === 0 || c <= covered) continue;
    if (!ownCol) continue;
    const label: ColumnLabel = {
      col: c,
      group: path.slice(0, -1).join(" › "),
      sub: path[path.length - 1],
      cell,
      path,
    };
    if (span !== undefined && span > c) {
      label.span = span;
      covered = span;
    }
    if (unit) label.unit = unit;
    out.push(label);
  }
  return out;
}
