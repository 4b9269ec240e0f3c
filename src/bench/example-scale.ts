import ExcelJS from "exceljs";
import { EXAMPLE_INPUT } from "../cli/demo";

/** Columns whose codes are renumbered in each copy (Kode Sasaran follows the Kinerja codes it points at). */
const CODE_HEADERS = new Set(["Kode", "Kode Sasaran"]);
/** Columns whose text gets the copy's number, so no two rows read as the same indicator or program. */
const NAME_HEADERS = new Set(["Sasaran Strategis", "Indikator Kinerja", "Uraian"]);
const SCALED_SHEETS = ["Kinerja", "Anggaran"];

/**
 * The copy's code: the first numeric segment moves by 100 per copy, a letter segment gets the copy number.
 * @example copyCode("1.1.1", 2) === "201.1.1"; copyCode("R.1", 2) === "R2.1"
 */
export function copyCode(code: string, copy: number): string {
  const [first, ...rest] = code.split(".");
  const moved = /^\d+$/.test(first) ? String(Number(first) + copy * 100) : `${first}${copy}`;
  return [moved, ...rest].join(".");
}

function copyValue(header: string, value: ExcelJS.CellValue, copy: number): ExcelJS.CellValue {
  if (value === null || value === undefined) return value;
  if (CODE_HEADERS.has(header)) return copyCode(String(value), copy);
  if (NAME_HEADERS.has(header) && typeof value === "string") return `${value} (salinan ${copy})`;
  return value;
}

// Appends (times − 1) copies of the sheet's data rows below them and stretches its Excel table over them.
function repeatRows(ws: ExcelJS.Worksheet, times: number): void {
  const last = ws.rowCount;
  const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).map((h) => String(h ?? ""));
  let target = last + 1;
  for (let copy = 1; copy < times; copy++) {
    for (let r = 2; r <= last; r++) {
      const from = ws.getRow(r);
      const to = ws.getRow(target++);
      from.eachCell({ includeEmpty: false }, (cell, col) => {
        const out = to.getCell(col);
        out.value = copyValue(headers[col], cell.value, copy);
        out.style = cell.style;
      });
    }
  }
  for (const table of Object.values((ws as unknown as { tables?: object }).tables ?? {}) as {
    table: Record<string, string>;
  }[]) {
    const ref = table.table.tableRef.replace(/\d+$/, String(target - 1));
    table.table.tableRef = ref;
    if (table.table.autoFilterRef) table.table.autoFilterRef = ref;
  }
}

/** The bundled example with its Kinerja and Anggaran rows repeated `times` times (renamed, recoded), as .xlsx bytes. */
export async function scaledExample(times: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE_INPUT);
  for (const name of SCALED_SHEETS) {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`contoh tanpa lembar ${name}`);
    repeatRows(ws, times);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
