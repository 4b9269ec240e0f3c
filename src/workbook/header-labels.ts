/** The label of every column of a header block: its own text and the group header above it. */
import { owner, key, type SheetView } from "./sheet";

export type ColumnLabel = { col: number; group: string; sub: string; cell: string };

/** The header rows of a table: top (group row or single header) to bottom, and its columns. */
export type HeaderBlock = { top: number; bottom: number; c1: number; c2: number; labels: ColumnLabel[] };

/** Text shown at (row, col), reading through a horizontal merge to its top-left cell. */
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

/**
 * Labels of a header block: with two rows, a sub-header takes the group above it (merged, or the
 * nearest group cell to its left over a run of sub-headers, as PDF pastes leave them unmerged).
 * @example headerLabels(view, 3, 4, 1, 11)[6] //=> { col: 7, group: "TAHUN 2023", sub: "TARGET", cell: "G4" }
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
  if (top === bottom) {
    for (let c = c1; c <= c2; c++) {
      const s = shown(view, top, c);
      if (s.text !== "" && s.col === c) out.push({ col: c, group: "", sub: s.text, cell: addr(top, c) });
    }
    return out;
  }
  const subText = (c: number): string => (owner(view, bottom, c).row === bottom ? view.text(bottom, c) : "");
  for (let c = c1; c <= c2; c++) {
    const sub = subText(c);
    const above = shown(view, top, c);
    if (sub === "") {
      // A header that spans both rows (vertically merged or left blank below).
      if (above.text !== "" && above.col === c)
        out.push({ col: c, group: "", sub: above.text, cell: addr(above.row, c) });
      continue;
    }
    let group = above.text;
    if (group === "") {
      for (let g = c - 1; g >= c1 && subText(g) !== ""; g--) {
        const t = shown(view, top, g).text;
        if (t !== "") {
          group = t;
          break;
        }
      }
    }
    out.push({ col: c, group, sub, cell: addr(bottom, c) });
  }
  return out;
}
