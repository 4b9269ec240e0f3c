import ExcelJS from "exceljs";
import { newXlsx, openXlsx } from "../../src/adapters/xlsx";
import type { GridCell } from "../../src/workbook/port";
import { bigSpec } from "./specs";

/** An input workbook as staff keep it, written by ExcelJS directly (not by the adapter). */
async function staffWorkbook(date1904 = false): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet("Kinerja");
  const cells: [string, ExcelJS.CellValue, Partial<ExcelJS.Style>?][] = [
    ["B2", "TABEL 3.2", { font: { bold: true } }],
    ["B3", { richText: [{ text: "Indikator " }, { text: "Kinerja", font: { bold: true } }] }],
    ["C3", 70, { numFmt: "#,##0.00" }],
    ["D3", { formula: "C3*2", result: 140 }],
    ["E3", { formula: "C3/0", result: { error: "#DIV/0!" } }],
    ["F3", { error: "#N/A" }],
    ["G3", new Date(Date.UTC(2024, 0, 15)), { numFmt: "dd/mm/yyyy" }],
    ["H3", { text: "Sumber", hyperlink: "https://example.go.id" }],
    ["B4", "Indikator Kinerja"], // same text again: a shared string
    ["C4", true],
    ["D4", { formula: 'C3&"x"', result: "70x" }],
    ["E4", 0.5, { numFmt: "0.00%" }],
  ];
  for (const [addr, value, style] of cells) {
    const cell = ws.getCell(addr);
    cell.value = value;
    if (style) Object.assign(cell, style);
  }
  ws.mergeCells("B2:H2");
  ws.addTable({ name: "Data1", ref: "B6", columns: [{ name: "Kode" }, { name: "Nilai" }], rows: [["1", 2]] });
  wb.addWorksheet("Kosong");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("xlsx readSheets: each sheet's used range as plain values with formats and bold", () => {
  it.each<[string, GridCell | null]>([
    ["B2", { v: "TABEL 3.2", bold: true }],
    ["C2", null], // covered by the merge
    ["B3", { v: "Indikator Kinerja" }], // rich text → plain text
    ["C3", { v: 70, fmt: "#,##0.00" }],
    ["D3", { v: 140, formula: "C3*2" }], // formula → cached result, and the formula itself
    ["E3", { v: null, error: "#DIV/0!", formula: "C3/0" }],
    ["F3", { v: null, error: "#N/A" }],
    ["G3", { v: 45306, fmt: "dd/mm/yyyy" }], // date → Excel serial, as Office.js gives it
    ["H3", { v: "Sumber" }], // hyperlink → its text
    ["B4", { v: "Indikator Kinerja" }],
    ["C4", { v: true }],
    ["D4", { v: "70x", formula: 'C3&"x"' }],
    ["E4", { v: 0.5, fmt: "0.00%" }],
    ["B6", { v: "Kode" }],
    ["C7", { v: 2 }],
  ])("%s", async (address, expected) => {
    const [grid] = await (await openXlsx(await staffWorkbook())).readSheets();
    const row = Number(address.slice(1)) - grid.origin.row;
    const col = address.charCodeAt(0) - 64 - grid.origin.col;
    expect(grid.rows[row][col]).toEqual(expected);
  });

  it("reports origin, size, merges and tables, and an empty sheet as no rows", async () => {
    const [kinerja, kosong] = await (await openXlsx(await staffWorkbook())).readSheets();
    expect(kinerja.origin).toEqual({ row: 2, col: 2 });
    expect([kinerja.rows.length, kinerja.rows[0].length]).toEqual([6, 7]);
    expect(kinerja.rows[3]).toEqual(Array(7).fill(null)); // row 5 is blank inside the range
    expect(kinerja.merges).toEqual(["B2:H2"]);
    expect(kinerja.tables).toEqual([{ name: "Data1", range: "B6:C7" }]);
    expect(kinerja.tag).toBeUndefined();
    expect(kosong).toEqual({ name: "Kosong", origin: { row: 1, col: 1 }, rows: [] });
  });

  it("reads dates of a 1904 workbook to the same serials Excel shows", async () => {
    const [grid] = await (await openXlsx(await staffWorkbook(true))).readSheets();
    expect(grid.rows[1][5]).toEqual({ v: 45306 - 1462, fmt: "dd/mm/yyyy" });
  });
});

// Its speed is printed by npm run bench (Pembaca tabel); here only that nothing is lost at that size.
describe("xlsx readSheets reads large sheets whole", () => {
  it("reads all 20,000 rows × 8 columns", async () => {
    const book = newXlsx();
    await book.applyPlan({ create: [{ name: "Besar", spec: bigSpec(20_000) }], remove: [], rename: [] });
    const loaded = await openXlsx(await book.toBuffer());
    const [grid] = await loaded.readSheets();
    expect(grid.rows.length).toBe(20_001);
    expect(grid.rows[20_000][7]).toEqual({ v: 20_000 * 8 - 8 + 7 + 0.5, fmt: "#,##0.00" });
  }, 30_000);
});
