import type { Cell, CellValue, Worksheet } from "exceljs";
import type { GridCell, GridValue, SheetGrid, SheetTag } from "../../workbook/port";
import { stripSheet } from "../a1";
import { cellAreas, denseCore, MAX_AREA } from "../dense-core";
import { isoDateText } from "./patch-iso-dates";

/*
 * One worksheet's used range → SheetGrid, in one pass over the stored cells.
 * Dates become Excel serial numbers (their `fmt` still says they are dates): that is what Office.js
 * `Range.values` returns, so the reader sees the same grid from either adapter.
 * Used range = the cells holding a value (as Office.js getUsedRange(valuesOnly=true)).
 * Exception: a cell stored as an ISO date (t="d") is its date's text, "2024-03-01" (patch-iso-dates.ts).
 */

const MS_PER_DAY = 86_400_000;

type Plain = { v: GridValue; error?: string; formula?: string };

function richText(value: { richText: { text: string }[] }): string {
  return value.richText.map((run) => run.text).join("");
}

function plain(value: CellValue, date1904: boolean): Plain {
  if (value === null || value === undefined) return { v: null };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return { v: value };
  if (value instanceof Date)
    return { v: isoDateText(value) ?? 25569 + value.getTime() / MS_PER_DAY - (date1904 ? 1462 : 0) };
  if ("error" in value) return { v: null, error: String(value.error) };
  if ("richText" in value) return { v: richText(value) };
  if ("formula" in value || "sharedFormula" in value) {
    const cached = plain((value.result ?? null) as CellValue, date1904);
    const f =
      (value as { formula?: string; sharedFormula?: string }).formula ??
      (value as { sharedFormula?: string }).sharedFormula;
    return { ...cached, formula: String(f ?? "") };
  }
  if ("text" in value) return plain(value.text as CellValue, date1904); // hyperlink: its text
  return { v: null };
}

function gridCell(cell: Cell, date1904: boolean): GridCell | null {
  if (cell.type === 1 /* ValueType.Merge: the covered cells of a merge are empty, as in Excel */) return null;
  let { v, error, formula } = plain(cell.value, date1904);
  if (formula !== undefined) {
    // ExcelJS hands a cell that shares a formula the master's address, and leaves a cached 0 out of
    // `value`: the cell's own formula (moved to its row) and its `result` are the truth.
    formula = String(cell.formula ?? formula);
    const result = (cell as unknown as { result?: unknown }).result;
    if (v === null && error === undefined && typeof result === "number") v = result;
  }
  if (v === null && error === undefined && !formula) return null; // an uncached formula is kept: the reader may evaluate it
  const out: GridCell = { v };
  const style = cell.style;
  if (style.numFmt && style.numFmt !== "General") out.fmt = style.numFmt;
  if (style.font?.bold) out.bold = true;
  if (error !== undefined) out.error = error;
  if (formula !== undefined) out.formula = formula;
  const indent = style.alignment?.indent;
  if (typeof indent === "number" && indent > 0) out.indent = indent;
  return out;
}

type Internals = { _rows: ({ _cells: (Cell | undefined)[] } | undefined)[] };

/** Reads one worksheet; `tag` is the add-in's tag when the sheet is one of its own. */
export function readWorksheet(ws: Worksheet, date1904: boolean, tag?: SheetTag): SheetGrid {
  // ExcelJS's own row/cell arrays (sparse, 0-based) instead of eachRow/eachCell: half the time on 160,000 cells.
  const rows = (ws as unknown as Internals)._rows;
  const cells: (GridCell | null)[][] = [];
  let top = 0,
    left = Infinity,
    right = 0;
  for (let r = 0; r < rows.length; r++) {
    const stored = rows[r]?._cells;
    if (!stored) continue;
    for (let c = 0; c < stored.length; c++) {
      const cell = stored[c];
      const g = cell ? gridCell(cell, date1904) : null;
      if (!g) continue;
      (cells[r] ??= [])[c] = g;
      if (!top) top = r + 1;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  let last = cells.length - 1;
  // Only a sheet whose used range is huge is cut to its dense core (see dense-core.ts).
  const core = top && (last - top + 2) * (right - left + 1) > MAX_AREA ? denseCore(cellAreas(cells)) : null;
  if (core)
    [top, last, left, right] = [core.box.top, core.box.bottom - 1, core.box.left - 1, core.box.right - 1];
  const grid: SheetGrid = { name: ws.name, origin: { row: top || 1, col: top ? left + 1 : 1 }, rows: [] };
  if (core?.skipped) grid.skipped = core.skipped;
  for (let r = top - 1; top && r <= last; r++) {
    const out = new Array<GridCell | null>(right - left + 1).fill(null);
    const row = cells[r];
    if (row) for (let c = left; c <= right; c++) out[c - left] = row[c] ?? null;
    grid.rows.push(out);
  }
  const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map(
    (m) => stripSheet(m.range),
  );
  if (merges.length) grid.merges = merges;
  const tables = ws.getTables().map((t) => {
    const table = (t as unknown as { table: { name: string; tableRef?: string; ref: string } }).table;
    return { name: table.name, range: table.tableRef ?? table.ref };
  });
  if (tables.length) grid.tables = tables;
  if (tag) grid.tag = tag;
  if (ws.state === "hidden" || ws.state === "veryHidden") grid.hidden = true;
  return grid;
}
