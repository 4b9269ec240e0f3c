import type { CellValue, Workbook, Worksheet } from "exceljs";
import type { CellInput, SheetSpec } from "../../engine/model/sheet-spec";
import { parseRange, quoteSheet } from "../a1";
import { fileLinkAddress } from "../link";
import { writeExtras } from "./extras";
import { argb } from "./style";
import { applyCellStyles } from "./cell-styles";
import { mergeAll } from "./merges";

/*
 * SheetSpec → a new ExcelJS worksheet. A string is stored as a string cell whatever it begins with
 * (ExcelJS never parses text), so "=1+1" and "@x" stay text (docs/REPORT.md §5).
 */

/** Excel's limit on the characters of one cell; a longer text makes Excel refuse or repair the file. */
export const MAX_CELL_TEXT = 32_767;

/**
 * A text that fits in a cell: longer ones are cut, ending with a note that says so and how long the
 * original was (copied from an input cell written by another tool, or quoted in a finding).
 * @example fitCellText("x".repeat(40_000)).length //=> 32767
 */
export function fitCellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  const note = ` … [dipotong: teks asli ${text.length.toLocaleString("id-ID")} karakter, batas sel Excel ${MAX_CELL_TEXT.toLocaleString("id-ID")}]`;
  let cut = MAX_CELL_TEXT - note.length;
  if (/[\uD800-\uDBFF]/.test(text[cut - 1])) cut--; // never split a surrogate pair
  return text.slice(0, cut) + note;
}

function cellValue(input: CellInput): CellValue | undefined {
  if (input === null) return undefined;
  if (typeof input === "string") return fitCellText(input);
  if (typeof input !== "object") return input;
  if ("formula" in input) return { formula: input.formula.replace(/^=/, "") } as CellValue;
  const { file, sheet, cell } = input.link;
  const hyperlink = file ? fileLinkAddress(file, sheet, cell) : `#${quoteSheet(sheet)}!${cell}`;
  return { text: fitCellText(input.text), hyperlink };
}

function writeBlocks(ws: Worksheet, spec: SheetSpec): void {
  for (const block of spec.blocks) {
    const { top, left } = parseRange(block.at);
    block.rows.forEach((cells, i) => {
      const row = ws.getRow(top + i);
      cells.forEach((input, j) => {
        const value = cellValue(input);
        if (value !== undefined) row.getCell(left + j).value = value;
      });
    });
  }
}

/** Adds one worksheet named `name` rendering `spec`; throws (English ExcelJS messages) when a step fails. */
export function writeSheet(wb: Workbook, name: string, spec: SheetSpec): Worksheet {
  const ws = wb.addWorksheet(name);
  writeBlocks(ws, spec);
  applyCellStyles(ws, spec);
  mergeAll(ws, spec.merges);
  // ExcelJS omits a width of exactly 9 (its own default), which Excel then shows as 8.43.
  spec.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width === 9 ? 9.01 : width));
  for (const { row, height } of spec.rowHeights ?? []) ws.getRow(row).height = height;
  if (spec.tabColor) ws.properties.tabColor = argb(spec.tabColor);
  writeExtras(ws, spec);
  if (spec.visibility) ws.state = spec.visibility;
  return ws;
}
