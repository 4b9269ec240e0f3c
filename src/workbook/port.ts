import type { SheetRole, SheetSpec } from "../engine/model/sheet-spec";

/** A raw cell value as a workbook holds it. Errors (#DIV/0! …) arrive in `error`, with v = null. */
export type GridValue = string | number | boolean | null;

export type GridCell = {
  v: GridValue;
  fmt?: string; // number format code, e.g. "0.00%", "#,##0"
  bold?: boolean;
  error?: string; // "#DIV/0!", "#VALUE!", … when the cell holds an error value
  /** The cell's formula without "=", when it has one; `v` is then the value Excel cached for it. */
  formula?: string;
  /** Whole-cell indentation level (Excel's "Increase Indent"), when set; a hint of hierarchy. */
  indent?: number;
};

/** The tag the add-in leaves on a sheet it created. */
export type SheetTag = { role: SheetRole; key: string };

/** One sheet's used range. rows[0][0] is the cell at (origin.row, origin.col), both 1-based. */
export type SheetGrid = {
  name: string;
  origin: { row: number; col: number };
  rows: (GridCell | null)[][];
  merges?: string[]; // "A1:C1"
  tables?: { name: string; range: string }[]; // Excel Table objects on the sheet
  tag?: SheetTag; // set when the add-in created this sheet
  hidden?: boolean; // hidden or very hidden in Excel: scratch sheets the user does not see
  /** Stray cells far outside the sheet's tables, left out of `rows` so a sparse sheet stays small. */
  skipped?: { cells: number; sample: string[] };
};

export type SheetInfo = { name: string; tag?: SheetTag };

/**
 * What a job asks a writer to do, in this order: create the new sheets (under their final or
 * temporary names), then remove the old add-in sheets, then rename. Building everything before
 * removing anything is what keeps the previous report intact when a write fails.
 */
export type WritePlan = {
  create: { name: string; spec: SheetSpec }[];
  remove: string[]; // names of sheets that carry the add-in's tag; never a user sheet
  rename: { from: string; to: string }[];
  activate?: string; // sheet to show when done
};

/** Progress of a long write: sheets done of sheets total. */
export type Progress = (done: number, total: number, sheet: string) => void;

/**
 * The only way jobs touch a workbook. Implemented with Office.js (src/adapters/office) and with
 * ExcelJS (src/adapters/xlsx); the jobs run unchanged on either.
 */
export type WorkbookPort = {
  /** Every sheet's used range: values, number formats, bold; add-in sheets carry their tag. */
  readSheets(): Promise<SheetGrid[]>;
  /** Names and tags of every sheet, without reading cells. */
  listSheets(): Promise<SheetInfo[]>;
  /** Carries out a write plan; rejects (and leaves earlier sheets in place) when a step fails. */
  applyPlan(plan: WritePlan, onProgress?: Progress): Promise<void>;
};
