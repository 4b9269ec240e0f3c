import type { GridCell, SheetGrid } from "../../workbook/port";
import { stripSheet } from "../a1";
import { sheetOfReference } from "../tag";
import { DEFAULT_BUDGET } from "./payload";
import { loadListing } from "./sheets";
import { blocksToRead } from "./sparse";

/*
 * Requests, whatever the number of sheets: 1 for sheet names, tags and table names; 1 for each
 * sheet's used range (valuesOnly) size, merged areas and table ranges; then the cells (values,
 * number formats, value types, bold via getCellProperties) of all sheets together in as few
 * requests as the 5 MB response limit allows: ~100 bytes a cell, so one request below ~35,000 cells.
 * A sheet whose used range is huge but sparse costs one request more, for all such sheets (sparse.ts).
 */

const CELL_RESPONSE_BYTES = 100;

type Chunk = {
  grid: SheetGrid;
  row: number;
  range: Excel.Range;
  bold: ReturnType<Excel.Range["getCellProperties"]>;
};

function toCell(value: unknown, type: string, fmt: string, bold: boolean | undefined): GridCell | null {
  if (type === "Empty" || value === "" || value === null) return null;
  const cell: GridCell = type === "Error" ? { v: null, error: String(value) } : { v: value as GridCell["v"] };
  if (fmt && fmt !== "General") cell.fmt = fmt;
  if (bold) cell.bold = true;
  return cell;
}

function fillChunk({ grid, row, range, bold }: Chunk): void {
  const { values, numberFormat, valueTypes } = range;
  values.forEach((cells, i) => {
    grid.rows[row + i] = cells.map((v, j) =>
      toCell(v, valueTypes[i][j], numberFormat[i][j], bold.value[i]?.[j]?.format?.font?.bold),
    );
  });
}

/** Every sheet's used range as a SheetGrid, in a constant number of requests for ordinary workbooks. */
export async function readSheetsIn(
  context: Excel.RequestContext,
  budget = DEFAULT_BUDGET,
): Promise<SheetGrid[]> {
  const listing = loadListing(context);
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const { sheets } = listing();
  const used = sheets.map((s) => {
    const ws = context.workbook.worksheets.getItem(s.name);
    return {
      ws,
      used: ws.getUsedRangeOrNullObject(true).load("address,rowCount,columnCount"),
      merges: ws.getRange().getMergedAreasOrNullObject().load("address"),
    };
  });
  const tableRanges = tables.items.map((t) => ({ name: t.name, range: t.getRange().load("address") }));
  await context.sync();
  const blocks = await blocksToRead(
    context,
    used.map((u) => u.used),
  );
  const grids: SheetGrid[] = sheets.map((s, i) => {
    const grid: SheetGrid = { name: s.name, origin: { row: 1, col: 1 }, rows: [] };
    const { merges } = used[i];
    const { box, skipped } = blocks[i];
    if (box) grid.origin = { row: box.top, col: box.left };
    if (skipped) grid.skipped = skipped;
    if (!merges.isNullObject)
      grid.merges = [...merges.address.matchAll(/!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g)].map((m) =>
        m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`,
      );
    const mine = tableRanges.filter(
      (t) => sheetOfReference(t.range.address.split(":")[0])?.toLowerCase() === s.name.toLowerCase(),
    );
    if (mine.length) grid.tables = mine.map((t) => ({ name: t.name, range: stripSheet(t.range.address) }));
    if (s.tag) grid.tag = s.tag;
    return grid;
  });
  const perRequest = Math.max(1, Math.floor(budget / CELL_RESPONSE_BYTES));
  let pending: Chunk[] = [];
  let cells = 0;
  const flush = async () => {
    await context.sync();
    pending.forEach(fillChunk);
    pending = [];
    cells = 0;
  };
  for (const [i, { ws }] of used.entries()) {
    const { box } = blocks[i];
    if (!box) continue;
    const [rowCount, columnCount] = [box.bottom - box.top + 1, box.right - box.left + 1];
    const rowsPer = Math.max(1, Math.floor(perRequest / columnCount));
    for (let row = 0; row < rowCount; row += rowsPer) {
      const count = Math.min(rowsPer, rowCount - row);
      if (cells > 0 && cells + count * columnCount > perRequest) await flush();
      const range = ws
        .getRangeByIndexes(box.top - 1 + row, box.left - 1, count, columnCount)
        .load("values,numberFormat,valueTypes");
      const bold = range.getCellProperties({ format: { font: { bold: true } } });
      pending.push({ grid: grids[i], row, range, bold });
      cells += count * columnCount;
    }
  }
  if (pending.length) await flush();
  return grids;
}
