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
