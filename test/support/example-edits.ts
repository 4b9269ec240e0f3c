/**
 * The bundled example with some cells changed, addressed by sheet, data row and column header (row 1
 * of the template's tables), written by ExcelJS as a user's edit would be.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { EXAMPLE_INPUT } from "../../src/cli/demo";

export type Edit = { sheet: "Kinerja" | "Anggaran"; row: number; column: string; value: ExcelJS.CellValue };

/** The A1 address of `column` (a header in row 1) on `row` of `sheet` in the example. */
export async function exampleAddress(sheet: string, row: number, column: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE_INPUT);
  const ws = wb.getWorksheet(sheet)!;
  const col = (ws.getRow(1).values as ExcelJS.CellValue[]).indexOf(column);
  if (col < 1) throw new Error(`no column ${column} in ${sheet}`);
  return ws.getCell(row, col).address;
}

/** The example with `edits` applied, as .xlsx bytes. */
export async function exampleWith(edits: Edit[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE_INPUT);
  for (const { sheet, row, column, value } of edits) {
    const ws = wb.getWorksheet(sheet)!;
    const col = (ws.getRow(1).values as ExcelJS.CellValue[]).indexOf(column);
    if (col < 1) throw new Error(`no column ${column} in ${sheet}`);
    ws.getCell(row, col).value = value;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Replaces one cell's XML in the first worksheet part that has it (for shapes ExcelJS never writes). */
export async function withCellXml(
  xlsx: Buffer,
  sheetFile: string,
  address: string,
  xml: string,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const part = `xl/worksheets/${sheetFile}`;
  const text = await zip.file(part)!.async("string");
  const re = new RegExp(`<c r="${address}"[^>]*?(/>|>.*?</c>)`);
  if (!re.test(text)) throw new Error(`no cell ${address} in ${part}`);
  zip.file(part, text.replace(re, xml));
  return zip.generateAsync({ type: "nodebuffer" });
}
