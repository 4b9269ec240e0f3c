import type { CellInput, CellStyle, Color } from "../../engine/model/sheet-spec";
import { rangeAddress as rangeRef } from "../../engine/sheet/a1";

/**
 * The sheet being laid out: one rectangular grid written as a single block at A1 (one 2-D array
 * per sheet, as the Office writer wants), plus the formats, merges and notes collected on the way.
 */
export type Canvas = {
  width: number; // number of columns
  rows: CellInput[][];
  numberFormats: { range: string; format: string }[];
  formats: { range: string; style: CellStyle }[];
  merges: string[];
  notes: { cell: string; text: string }[];
  dataBars: { range: string; color: Color }[];
  rowHeights: { row: number; height: number }[];
};

export function newCanvas(width: number): Canvas {
  return {
    width,
    rows: [],
    numberFormats: [],
    formats: [],
    merges: [],
    notes: [],
    dataBars: [],
    rowHeights: [],
  };
}

/** Appends a row (padded or cut to the canvas width) and returns its 1-based row number. */
export function addRow(canvas: Canvas, cells: CellInput[]): number {
  const row: CellInput[] = [];
  for (let c = 0; c < canvas.width; c++) row.push(c < cells.length ? cells[c] : null);
  canvas.rows.push(row);
  return canvas.rows.length;
}

/** A full-width line of text (title, "Sumber : …", a note), merged across every column. */
export function addLine(canvas: Canvas, text: string | null, style: CellStyle): number {
  const row = addRow(canvas, [text]);
  if (canvas.width > 1) canvas.merges.push(rangeRef(row, 1, row, canvas.width));
  canvas.formats.push({ range: rangeRef(row, 1, row, canvas.width), style });
  return row;
}

export function style(canvas: Canvas, r1: number, c1: number, r2: number, c2: number, s: CellStyle): void {
  canvas.formats.push({ range: rangeRef(r1, c1, r2, c2), style: s });
}

export function numberFormat(
  canvas: Canvas,
  r1: number,
  c1: number,
  r2: number,
  c2: number,
  format: string,
): void {
  canvas.numberFormats.push({ range: rangeRef(r1, c1, r2, c2), format });
}
