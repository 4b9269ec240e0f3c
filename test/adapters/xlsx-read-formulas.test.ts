/**
 * Formula cells as real workbooks hold them (issue 9): SIPD and staff sheets fill whole columns with
 * shared formulas, and many cached results are 0 (no realisasi yet). The adapter must give each cell
 * its own formula and its cached value, 0 included.
 */
import ExcelJS from "exceljs";
import { openXlsx } from "../../src/adapters/xlsx";
import type { GridCell } from "../../src/workbook/port";

/** F/H amounts with J = F+H written once and shared down J10:J12, as Excel saves a filled column. */
async function sharedColumn(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DINKES INDUK");
  const rows: [number, number, number][] = [
    [10, 22696700, 0],
    [11, 0, 24318137],
    [12, 0, 0],
  ];
  for (const [r, f, h] of rows) {
    ws.getCell(`F${r}`).value = f;
    ws.getCell(`H${r}`).value = h;
  }
  ws.getCell("J10").value = {
    formula: "F10+H10",
    result: 22696700,
    shareType: "shared",
    ref: "J10:J12",
  } as ExcelJS.CellValue;
  ws.getCell("J11").value = { sharedFormula: "J10", result: 24318137 } as ExcelJS.CellValue;
  ws.getCell("J12").value = { sharedFormula: "J10", result: 0 } as ExcelJS.CellValue;
  ws.getCell("K12").value = { formula: "J12/2", result: 0 } as ExcelJS.CellValue;
  ws.getCell("K12").numFmt = "0%";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("xlsx readSheets: each formula cell keeps its own formula and cached value", () => {
  it.each<[string, string, GridCell]>([
    ["the master of a shared formula", "J10", { v: 22696700, formula: "F10+H10" }],
    [
      "a cell sharing it gets the formula moved to its row, not the master's address",
      "J11",
      { v: 24318137, formula: "F11+H11" },
    ],
    ["a cached 0 stays 0 (and the cell is not dropped)", "J12", { v: 0, formula: "F12+H12" }],
    ["a plain formula with a cached 0 keeps its format", "K12", { v: 0, formula: "J12/2", fmt: "0%" }],
  ])("%s (%s)", async (_rule, address, expected) => {
    const [grid] = await (await openXlsx(await sharedColumn())).readSheets();
    const row = Number(address.slice(1)) - grid.origin.row;
    const col = address.charCodeAt(0) - 64 - grid.origin.col;
    expect(grid.rows[row]?.[col]).toEqual(expected);
  });
});
