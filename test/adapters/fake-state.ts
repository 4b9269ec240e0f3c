import { cellAddress, parseRange, type Box } from "../../src/adapters/a1";

/** What a fake workbook holds: enough of Excel's model for the adapter's reads and writes. */

export type CellState = {
  value: string | number | boolean | null;
  formula?: string;
  error?: string;
  numberFormat: string;
  hyperlink?: string;
  font: { bold?: boolean; italic?: boolean; size?: number; color?: string };
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  borders: Set<string>;
};

export type SheetState = {
  name: string;
  cells: Map<string, CellState>;
  merges: string[];
  tables: { name: string; range: string; style?: string }[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  freeze?: { rows: number; columns: number };
  page: {
    paperSize?: string;
    orientation?: string;
    zoom?: unknown;
    printTitleRows?: string;
    margins?: Record<string, number>; // points, by side
    headersFooters?: Record<string, string>; // centerHeader, leftFooter …
  };
  comments: { cell: string; text: string }[];
  validations: { address: string; rule: unknown }[];
  conditionalFormats: {
    address: string;
    type: string;
    fillColor?: string;
    lowerBound?: { type: string; formula?: string };
    text?: { operator: string; text: string }; // "text contains" rules
    priority?: number;
    stopIfTrue?: boolean;
  }[];
  pageBreaks: string[]; // top-left cells of horizontal page breaks
  visibility?: string; // "Visible" | "Hidden" | "VeryHidden", as Office.js sets it

  tabColor?: string;
};

export type NameState = { name: string; sheet: SheetState | null; cell: string; visible: boolean };

export function newSheet(name: string): SheetState {
  return {
    name,
    cells: new Map(),
    merges: [],
    tables: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    page: {},
    validations: [],
    conditionalFormats: [],
    pageBreaks: [],
    comments: [],
  };
}

export function cellAt(sheet: SheetState, row: number, col: number): CellState {
  const key = cellAddress(row, col);
  let cell = sheet.cells.get(key);
  if (!cell)
    sheet.cells.set(key, (cell = { value: null, numberFormat: "General", font: {}, borders: new Set() }));
  return cell;
}

export function peek(sheet: SheetState, address: string): CellState | undefined {
  return sheet.cells.get(address);
}

/** Sheet names as Office.js prints them in addresses: quoted when not a plain word. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Box of the cells holding a value (getUsedRange(valuesOnly = true)); null when none. */
export function usedBox(sheet: SheetState): Box | null {
  let box: Box | null = null;
  for (const [addr, c] of sheet.cells) {
    if (c.value === null && c.formula === undefined && c.error === undefined) continue;
    const { top, left } = parseRange(addr);
    box = box
      ? {
          top: Math.min(box.top, top),
          left: Math.min(box.left, left),
          bottom: Math.max(box.bottom, top),
          right: Math.max(box.right, left),
        }
      : { top, left, bottom: top, right: left };
  }
  return box;
}

/**
 * What Excel does with a value written to a cell: text in a "@" cell stays text; otherwise a string
 * starting with = + - @ becomes a formula, and numbers/booleans/errors typed as text become those.
 */
export function typeIn(cell: CellState, input: unknown, asFormula: boolean): void {
  delete cell.formula;
  delete cell.error;
  cell.value = null;
  if (input === null || input === undefined) return;
  if (typeof input !== "string" || cell.numberFormat === "@") {
    cell.value = input === "" ? null : (input as CellState["value"]);
    return;
  }
  const s = input;
  if (/^[=+\-@]/.test(s) && (asFormula || s.length > 1)) cell.formula = s.startsWith("=") ? s : `=${s}`;
  else if (/^\s*[-+]?\d+(\.\d+)?\s*$/.test(s)) cell.value = Number(s);
  else if (/^\(\d+\)$/.test(s)) cell.value = -Number(s.slice(1, -1));
  else if (/^(true|false)$/i.test(s)) cell.value = s.toLowerCase() === "true";
  else if (/^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?)$/.test(s)) cell.error = s;
  else cell.value = s === "" ? null : s;
}
