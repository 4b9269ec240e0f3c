/**
 * Test workbooks described as data: a sheet is a block of rows placed at (startRow, startCol),
 * as the staff typed it. `toGrids` gives what a WorkbookPort.readSheets() would return;
 * `toXlsxBuffer` gives a real .xlsx (ExcelJS directly: test support, not an adapter).
 */
import ExcelJS from "exceljs";
import type { GridCell, SheetGrid } from "../../src/workbook/port";

/** A plain value, or a value with the style the reader may use (bold parents, number formats). */
export type CellSeed =
  | string
  | number
  | null
  | {
      v: string | number | null;
      bold?: boolean;
      fmt?: string;
      error?: string;
      formula?: string;
      indent?: number;
    };

/** rows[0][0] sits at (startRow, startCol), both 1-based, default 1. Merges are absolute A1 ranges. */
export type LayoutSheet = {
  name: string;
  rows: CellSeed[][];
  merges?: string[];
  hidden?: boolean;
  startRow?: number;
  startCol?: number;
};

export type LayoutWorkbook = { name: string; sheets: LayoutSheet[] };

/** The cell as a port reports it; `error` seeds (e.g. "#DIV/0!") arrive with v = null. */
export function toGridCell(seed: CellSeed): GridCell | null {
  if (seed === null) return null;
  if (typeof seed !== "object") return { v: seed };
  if (seed.error) return { v: null, error: seed.error };
  const cell: GridCell = { v: seed.v };
  if (seed.fmt) cell.fmt = seed.fmt;
  if (seed.bold) cell.bold = true;
  if (seed.formula) cell.formula = seed.formula;
  if (seed.indent) cell.indent = seed.indent;
  return cell.v === null && !cell.fmt && !cell.bold && !cell.formula ? null : cell;
}

/** Every sheet as a SheetGrid (rows padded to the widest row, so the grid is rectangular). */
export function toGrids(layout: LayoutWorkbook): SheetGrid[] {
  return layout.sheets.map((sheet) => {
    const width = Math.max(0, ...sheet.rows.map((r) => r.length));
    const rows = sheet.rows.map((r) => {
      const out: (GridCell | null)[] = r.map(toGridCell);
      while (out.length < width) out.push(null);
      return out;
    });
    const grid: SheetGrid = {
      name: sheet.name,
      origin: { row: sheet.startRow ?? 1, col: sheet.startCol ?? 1 },
      rows,
    };
    if (sheet.merges && sheet.merges.length > 0) grid.merges = [...sheet.merges];
    if (sheet.hidden) grid.hidden = true;
    return grid;
  });
}

/** Excel error values ExcelJS can write. */
function errorValue(code: string): ExcelJS.CellErrorValue {
  return { error: code as ExcelJS.CellErrorValue["error"] };
}

/** A real .xlsx with the layout's values, bold, number formats and merges. */
export async function toXlsxBuffer(layout: LayoutWorkbook): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of layout.sheets) {
    const ws = wb.addWorksheet(sheet.name, sheet.hidden ? { state: "hidden" } : undefined);
    const r0 = sheet.startRow ?? 1;
    const c0 = sheet.startCol ?? 1;
    sheet.rows.forEach((row, i) =>
      row.forEach((seed, j) => {
        if (seed === null) return;
        const cell = ws.getCell(r0 + i, c0 + j);
        if (typeof seed !== "object") {
          cell.value = seed;
          return;
        }
        if (seed.error) cell.value = errorValue(seed.error);
        else if (seed.formula)
          cell.value = { formula: seed.formula, result: seed.v ?? undefined } as ExcelJS.CellValue;
        else cell.value = seed.v;
        if (seed.bold) cell.font = { bold: true };
        if (seed.indent) cell.alignment = { indent: seed.indent };
        if (seed.fmt) cell.numFmt = seed.fmt;
      }),
    );
    for (const m of sheet.merges ?? []) ws.mergeCells(m);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A bold cell (parent rows, headers printed bold). */
export function bold(v: string | number | null): CellSeed {
  return { v, bold: true };
}

/** A number with its number format, e.g. fmt(0.6, "0%") shows "60%". */
export function fmt(v: number, format: string): CellSeed {
  return { v, fmt: format };
}

/** A formula cell with the value Excel cached for it, e.g. formula("D7/C7", 0.9, "0%"). */
export function formula(f: string, cached: number | string | null, format?: string): CellSeed {
  return format ? { v: cached, formula: f, fmt: format } : { v: cached, formula: f };
}

/** An error value such as "#DIV/0!". */
export function err(code: string): CellSeed {
  return { v: null, error: code };
}

/** Column letters and 1-based row of an A1 address ("AB12" → { col: 28, row: 12 }). */
export function parseA1(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad A1 address ${a1}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

/** The seed at an absolute A1 address of a sheet (null when outside the typed rows). */
export function cellAt(layout: LayoutWorkbook, sheet: string, a1: string): CellSeed {
  const s = layout.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const { row, col } = parseA1(a1);
  return s.rows[row - (s.startRow ?? 1)]?.[col - (s.startCol ?? 1)] ?? null;
}

/** A copy of the layout with some cells replaced: { sheetName: { A1: seed } }. */
export function withCells(
  layout: LayoutWorkbook,
  name: string,
  patches: Record<string, Record<string, CellSeed>>,
): LayoutWorkbook {
  const sheets = layout.sheets.map((s) => {
    const patch = patches[s.name];
    if (!patch) return s;
    const rows = s.rows.map((r) => [...r]);
    for (const [a1, seed] of Object.entries(patch)) {
      const { row, col } = parseA1(a1);
      const i = row - (s.startRow ?? 1);
      const j = col - (s.startCol ?? 1);
      while (rows.length <= i) rows.push([]);
      while (rows[i].length <= j) rows[i].push(null);
      rows[i][j] = seed;
    }
    return { ...s, rows };
  });
  for (const sheet of Object.keys(patches)) {
    if (!layout.sheets.some((s) => s.name === sheet)) throw new Error(`no sheet ${sheet}`);
  }
  return { name, sheets };
}
