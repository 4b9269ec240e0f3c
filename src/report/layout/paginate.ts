import type { TablePart } from "./types";

/** Rows that print together: the title block, a table's caption and header with its first group, a later group, the lines under a table, the blank row between tables. */
export type Unit = {
  first: number; // 1-based sheet rows
  last: number;
  kind: "title" | "head" | "body" | "tail" | "gap";
  part: number; // index of the table; -1 for the title
  row?: number; // index of the unit's first row in its table's rows (head and body)
  bodyFirst?: number; // the sheet row of that table row (a head unit starts with the caption and header above it)
  height?: number; // points
  headerLast?: number; // head unit: the last row of the caption and header (repeated on a continued page)
  headerHeight?: number; // points of those rows
};

/** Where pages start: sheet rows (one table), or tables cut before a row and tables moved to a new page (several). */
export type Cut = { breaks: number[]; splits: { part: number; row: number }[]; newPages: number[] };

/**
 * Fills pages unit by unit and starts a new page before a unit that does not fit (a unit taller than a page prints
 * where it falls). On later pages a table continues under its header: repeated by Excel for a sheet of one table
 * (`repeat`), written again with its caption for a sheet of several, so that height is counted either way.
 * @example paginate(units, 470, true).breaks //=> [41, 78]
 */
export function paginate(units: Unit[], capacity: number, single: boolean): Cut {
  const cut: Cut = { breaks: [], splits: [], newPages: [] };
  const headOf = new Map<number, number>();
  for (const u of units) if (u.kind === "head") headOf.set(u.part, u.headerHeight ?? 45);
  let used = 0;
  for (const u of units) {
    const h = u.height ?? 15;
    if (used === 0 || used + h <= capacity) {
      used += h;
      continue;
    }
    if (u.kind === "gap") continue; // a blank row at the foot of a page is left there
    cut.breaks.push(u.first);
    if (u.kind === "body") {
      if (!single) cut.splits.push({ part: u.part, row: u.row ?? 0 });
      // One table: Excel repeats the header rows (not the caption); several: caption "(lanjutan)" and header written again.
      used = (headOf.get(u.part) ?? 45) + h;
    } else {
      if (u.kind === "head") cut.newPages.push(u.part);
      used = h;
    }
  }
  return cut;
}

/**
 * A group taller than a page cannot be kept together: it is cut row by row (its first row keeps the header with it),
 * so the paginator still decides every break and a continued table still gets its header.
 * @example explode([head80rows], 470, () => 15).length //=> 80
 */
export function explode(units: Unit[], capacity: number, rowHeight: (row: number) => number): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    if (
      (u.height ?? 0) <= capacity ||
      (u.kind !== "head" && u.kind !== "body") ||
      u.bodyFirst === undefined
    ) {
      out.push(u);
      continue;
    }
    for (let r = u.bodyFirst; r <= u.last; r++) {
      const first = r === u.bodyFirst ? u.first : r;
      let height = 0;
      for (let x = first; x <= r; x++) height += rowHeight(x);
      const row = (u.row ?? 0) + (r - u.bodyFirst);
      const kind = r === u.bodyFirst ? u.kind : "body";
      out.push({
        ...u,
        first,
        last: r,
        kind,
        row,
        height,
        ...(kind === "body" ? { headerLast: undefined } : {}),
      });
    }
  }
  return out;
}

/**
 * A table cut inside its rows continues as a table of its own on the next page, caption "(lanjutan)" and header again.
 * @example split([part90], { breaks: [40], splits: [{ part: 0, row: 30 }], newPages: [] }).map((p) => p.rows.length) //=> [30, 60]
 */
export function split(
  parts: TablePart[],
  cut: { splits: { part: number; row: number }[]; newPages: number[] },
): TablePart[] {
  const out: TablePart[] = [];
  parts.forEach((part, i) => {
    const rows = cut.splits
      .filter((s) => s.part === i)
      .map((s) => s.row)
      .sort((a, b) => a - b);
    const edges = [0, ...rows, part.rows.length];
    for (let e = 0; e + 1 < edges.length; e++) {
      const last = e + 2 === edges.length;
      const continued = e > 0;
      out.push({
        ...part,
        caption: continued ? `${part.caption ?? ""} (lanjutan)`.trim() : part.caption,
        rows: part.rows.slice(edges[e], edges[e + 1]),
        sumber: last ? part.sumber : undefined,
        footer: last ? part.footer : undefined,
        newPage: continued || cut.newPages.includes(i) || part.newPage,
      });
    }
  });
  return out;
}
