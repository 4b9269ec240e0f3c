/**
 * A sheet to write, as data: what the report and the template produce and what both writers
 * (Office.js and ExcelJS) render identically. Golden tests compare these.
 */

/** "#RRGGBB" */
export type Color = string;

/** A cell to write. A string is ALWAYS written as text (never as a formula, whatever it begins with). */
export type CellInput =
  | string
  | number
  | boolean
  | null
  | { formula: string } // e.g. "=SAKIP.CAPAIAN(G5,L5)"; English function names and ',' separators
  // hyperlink to a cell of this workbook, or of the workbook `file` (a path relative to the written one)
  | { text: string; link: { sheet: string; cell: string; file?: string } };

export type CellStyle = {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: Color;
  fill?: Color;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  border?: "thin"; // thin border on every edge of every cell in the range
};

/** Page margins in inches (Excel's unit in the page setup dialog). */
export type PageMargins = {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
};

/** The three sections of a running header or footer. */
export type HeaderFooter = { left?: string; center?: string; right?: string };

/**
 * Where an add-in sheet comes from; persisted by the writer so the add-in knows which sheets it owns.
 * "settings" is the very hidden sheet holding the workbook's Pengaturan and Peta (src/workbook/settings-sheet.ts).
 */
export type SheetRole = "report" | "template" | "settings";

export type SheetSpec = {
  key: string; // stable identity, e.g. "capaian-kinerja"
  name: string; // wanted sheet name (at most 31 characters)
  role: SheetRole;
  blocks: { at: string; rows: CellInput[][] }[]; // top-left A1 + a rectangular 2-D array
  numberFormats: { range: string; format: string }[]; // invariant codes: "#,##0", "0.00", "@"
  formats: { range: string; style: CellStyle }[]; // applied in order; later entries win
  merges: string[]; // "A1:H1"
  columnWidths: number[]; // Excel character widths; index 0 = column A
  rowHeights?: { row: number; height: number }[]; // points
  freeze?: { rows: number; columns?: number };
  print?: {
    orientation: "landscape" | "portrait";
    fitToWidth: boolean;
    /** Zoom in percent, used instead of fit-to-width when set: Excel ignores manual page breaks under fit-to-page. */
    scale?: number;
    repeatRows?: { first: number; last: number }; // 1-based rows repeated on every printed page
    paperSize?: "A4"; // optional; writers default to the printer's paper when absent
    margins?: PageMargins;
    /** Running header and footer on every page; "&P" = page number, "&N" = number of pages, "&&" = "&". */
    header?: HeaderFooter;
    footer?: HeaderFooter;
  };
  pageBreaks?: number[]; // 1-based rows that start a new printed page (a second table on its own page)
  tables?: { name: string; range: string; style?: string }[]; // Excel Table objects (template)
  validations?: { range: string; list: string[] }[]; // drop-down lists
  dataBars?: { range: string; color: Color }[];
  tabColor?: Color;
  notes?: { cell: string; text: string }[]; // cell notes/comments, e.g. why a cell shows "#DIV/0!"
  /** Absent = visible. "veryHidden" sheets are not listed under Excel's Unhide (the settings sheet). */
  visibility?: "visible" | "hidden" | "veryHidden";
};
