import type { CellValue, Workbook, Worksheet } from "exceljs";
import type { CellInput, SheetSpec } from "../../engine/model/sheet-spec";
import { parseRange, quoteSheet } from "../a1";
import { writeExtras } from "./extras";
import { argb } from "./style";
import { applyCellStyles } from "./cell-styles";
import { mergeAll } from "./merges";

/*
 * SheetSpec → a new ExcelJS worksheet. A string is stored as a string cell whatever it begins with
 * (ExcelJS never parses text), so "=1+1" and "@x" stay text (ARCHITECTURE.md, Conventions).
 */

function cellValue(input: CellInput): CellValue | undefined {
  if (input === null) return undefined;
  if (typeof input !== "object") return input;
  if ("formula" in input) return { formula: input.formula.replace(/^=/, "") } as CellValue;
  return { text: input.text, hyperlink: `#${quoteSheet(input.link.sheet)}!${input.link.cell}` };
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
