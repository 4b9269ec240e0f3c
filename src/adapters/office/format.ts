import type { CellStyle, SheetSpec } from "../../engine/model/sheet-spec";
import { columnLetters, parseRange } from "../a1";
import type { Batch } from "./batch";

/*
 * Formatting is applied to whole ranges (one proxy per format entry), never cell by cell.
 * Column widths: SheetSpec gives Excel character widths, Office.js wants points; with the default
 * Calibri 11 a character is 7 px plus 5 px of padding, and a point is 4/3 px.
 */

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/**
 * Excel character width → points.
 * @example widthInPoints(10) //=> 56.25
 */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function applyStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fontColor) f.font.color = style.fontColor;
  if (style.fill) f.fill.color = style.fill;
  if (style.hAlign) f.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) f.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.border !== "thin") return;
  const edges: `${Excel.BorderIndex}`[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  // Inside edges only where there are inside edges: a one-cell range has none.
  if (rows > 1) edges.push("InsideHorizontal");
  if (cols > 1) edges.push("InsideVertical");
  for (const edge of edges) {
    const border = f.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
  }
}

/** Formats, merges, column widths and row heights of a sheet. */
export async function writeFormats(batch: Batch, ws: Excel.Worksheet, spec: SheetSpec): Promise<void> {
  for (const { range, style } of spec.formats) {
    const box = parseRange(range);
    await batch.room(100);
    applyStyle(ws.getRange(range), style, box.bottom - box.top + 1, box.right - box.left + 1);
  }
  for (const range of spec.merges) {
    await batch.room();
    ws.getRange(range).merge(false);
  }
  for (let i = 0; i < spec.columnWidths.length; i++) {
    await batch.room();
    const col = columnLetters(i + 1);
    ws.getRange(`${col}:${col}`).format.columnWidth = widthInPoints(spec.columnWidths[i]);
  }
  for (const { row, height } of spec.rowHeights ?? []) {
    await batch.room();
    ws.getRange(`${row}:${row}`).format.rowHeight = height;
  }
}
