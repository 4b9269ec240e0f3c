import { stripSheet, tryRange, type Box } from "../a1";
import { boundingBox, denseCore, type Skipped } from "../dense-core";

/*
 * A used range over SPARSE_AREA cells (a table at A1 and one stray cell at XFD1048576) is not read
 * whole: Excel is asked which cells hold a constant or a formula (getSpecialCells, one request for
 * every such sheet together), and only the dense core of those areas is read (dense-core.ts, shared
 * with the xlsx adapter). One more request only if Excel shortened an address list.
 */

/** Cells a used range may span before the sheet is read by its occupied areas. */
export const SPARSE_AREA = 2_000_000;
const KINDS = ["Constants", "Formulas"] as const;

/** What to read of one sheet: a 1-based box (null: nothing), and the stray cells left out. */
export type Block = { box: Box | null; skipped?: Skipped };

type Found = { prefix: string; lists: Excel.RangeAreas[]; whole?: Excel.RangeCollection[] };

/** The areas in "Sheet1!A1:D20, Sheet1!XFD1048576", given the sheet's own prefix ("Sheet1!"). */
export function areasOf(address: string, prefix: string): Box[] {
  // Split on the prefix, not on ",": a sheet name may hold a comma. Without it (quoted otherwise), per area.
  const parts = address.includes(prefix) ? address.split(prefix) : address.split(",").map(stripSheet);
  return parts
    .map((part) => tryRange(part.trim().replace(/,$/, "").trim()))
    .filter((b): b is Box => b !== null);
}

function queueSpecialCells(used: Excel.Range): Found {
  const bang = used.address.lastIndexOf("!");
  const lists = KINDS.map((kind) => used.getSpecialCellsOrNullObject(kind).load("address,areaCount"));
  return { prefix: used.address.slice(0, bang + 1), lists };
}

function shortened(found: Found): boolean {
  return found.lists.some((l) => !l.isNullObject && areasOf(l.address, found.prefix).length < l.areaCount);
}

function areas(found: Found): Box[] {
  if (found.whole)
    return found.whole.flatMap((c) => c.items.flatMap((r) => areasOf(r.address, found.prefix)));
  return found.lists.flatMap((l) => (l.isNullObject ? [] : areasOf(l.address, found.prefix)));
}

/** Whether a loaded used range is too big to read cell by cell. */
function isHuge(used: Excel.Range): boolean {
  return !used.isNullObject && used.rowCount * used.columnCount > SPARSE_AREA;
}

/**
 * The block to read of each sheet, given its used range (loaded with address, rowCount, columnCount):
 * the used range itself, or for a huge one its dense core and the stray cells outside it. No request
 * when no used range is huge; else one, two if an address list came back shortened.
 */
export async function blocksToRead(context: Excel.RequestContext, used: Excel.Range[]): Promise<Block[]> {
  const huge = used.filter(isHuge);
  const found = new Map(huge.map((u) => [u, queueSpecialCells(u)]));
  if (huge.length) await context.sync();
  const partial = [...found.values()].filter(shortened);
  for (const f of partial)
    f.whole = f.lists.filter((l) => !l.isNullObject).map((l) => l.areas.load("items/address"));
  if (partial.length) await context.sync();
  return used.map((u) => {
    if (u.isNullObject) return { box: null };
    const f = found.get(u);
    if (!f) return { box: tryRange(stripSheet(u.address)) };
    const occupied = areas(f);
    const core = denseCore(occupied, SPARSE_AREA);
    if (!core) return { box: boundingBox(occupied) };
    return core.skipped ? { box: core.box, skipped: core.skipped } : { box: core.box };
  });
}
