/**
 * Issue 13: a date in a numeric column is not a number. A cell stored as an ISO date (t="d") already
 * reads as its text; a NUMBER under a date format (how Office.js gives every date cell: 45352 with
 * "dd/mm/yyyy") must not become a realisasi of 45 352 either. Both adapters share the reader (cells.ts).
 */
import ExcelJS from "exceljs";
import { officePort } from "../../src/adapters/office";
import { openXlsx } from "../../src/adapters/xlsx";
import { checkWorkbook } from "../../src/jobs/check-workbook";
import { readModel } from "../../src/workbook";
import type { WorkbookPort } from "../../src/workbook/port";
import { FakeExcel } from "./fake-excel";

const ROWS: (string | number)[][] = [
  ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi"],
  ["1", "Persentase koperasi aktif", "%", 70, 67.71],
  ["2", "Jumlah UMKM binaan", "unit", 120, 45352], // E3: 1 March 2024 under a date format
];
const CELL = "E3";

async function xlsxPort(format: string): Promise<WorkbookPort> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kinerja");
  ROWS.forEach((r) => ws.addRow(r));
  ws.getCell(CELL).numFmt = format;
  return openXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
}

function officeFake(format: string): WorkbookPort {
  const fx = new FakeExcel();
  const cells: Record<string, string | number> = {};
  ROWS.forEach((r, i) => r.forEach((v, j) => (cells[`${"ABCDE"[j]}${i + 1}`] = v)));
  fx.seed("Kinerja", cells).cells.get(CELL)!.numberFormat = format;
  return officePort(fx.run);
}

const ADAPTERS: [string, (format: string) => Promise<WorkbookPort> | WorkbookPort][] = [
  ["xlsx", xlsxPort],
  ["Office.js", officeFake],
];

describe("a number under a date format in Realisasi is NOT_A_NUMBER naming the cell, not 45 352", () => {
  describe.each(ADAPTERS)("%s adapter", (_, port) => {
    it.each(["dd/mm/yyyy", "d mmmm yyyy", "[$-421]dd mmmm yyyy;@", "mmm-yy", "yyyy-mm-dd", "m/d/yy"])(
      "format %s: one finding at E3 with the date it shows, no capaian from it",
      async (format) => {
        const { findings } = await checkWorkbook(await port(format), { tahun: 2024 });
        const at = findings.filter((f) => f.sheet === "Kinerja" && f.cell === CELL);
        expect(at).toEqual([
          expect.objectContaining({
            rule: "NOT_A_NUMBER",
            severity: "error",
            message: 'Sel berisi tanggal "2024-03-01", bukan angka',
          }),
        ]);
        expect(findings.map((f) => f.message).join("\n")).not.toMatch(/45\.352|37\.793/); // 45352 / 120 × 100
      },
    );

    it.each(["#,##0", "0.00", "General", '0 "hari"', "Rp #,##0", "0%"])(
      "format %s is a number format: E3 is read as a number",
      async (format) => {
        const grids = await (await port(format)).readSheets();
        const model = readModel(grids, { tahun: 2024 });
        const realisasi = model.indikator.map((i) => i.realisasi?.num);
        expect(realisasi[1]).toBe(format === "0%" ? 4535200 : 45352);
      },
    );
  });

  it("a date before 1970 and a fraction of a day still show as their date", async () => {
    for (const [serial, shown] of [
      [1, "1899-12-31"], // Excel shows 1900-01-01: its 1900 leap-year slip, days before March 1900 only
      [25568.75, "1969-12-31"],
      [45352.5, "2024-03-01"],
    ] as const) {
      const fx = new FakeExcel();
      const cells: Record<string, string | number> = {};
      ROWS.forEach((r, i) => r.forEach((v, j) => (cells[`${"ABCDE"[j]}${i + 1}`] = v)));
      cells[CELL] = serial;
      fx.seed("Kinerja", cells).cells.get(CELL)!.numberFormat = "dd/mm/yyyy";
      const model = readModel(await officePort(fx.run).readSheets(), { tahun: 2024 });
      expect(model.indikator[1].realisasi).toEqual(
        expect.objectContaining({ num: null, text: shown, issue: "NOT_A_NUMBER" }),
      );
    }
  });
});
