/**
 * Issue 13: one stray cell far from the tables (A1 … XFD1048576) must not make a grid of billions of
 * cells: the sheet is read as its dense core, the stray cell is named, nothing is changed.
 */
import ExcelJS from "exceljs";
import { openXlsx } from "../../src/adapters/xlsx";
import { readModel } from "../../src/workbook";

async function sheetWithStray(stray: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kinerja");
  ws.addRow(["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"]);
  ws.addRow(["1", "Persentase koperasi aktif", 70, 67.71, 96.73]);
  ws.addRow(["2", "Jumlah UMKM binaan", 120, 150, 125]);
  ws.getCell(stray).value = "catatan lama";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("a stray cell far away: the sheet is read as its dense core", () => {
  // Cut when the used range would span more than 4 million cells; A500000 × 5 columns still fits.
  it.each([
    ["XFD1048576", true],
    ["XFD10000", true],
    ["A500000", false],
    ["ZZ3", false],
  ])("table at A1 and a cell at %s (cut: %s)", async (stray, cut) => {
    const [grid] = await (await openXlsx(await sheetWithStray(stray))).readSheets();
    const width = grid.rows.reduce((w, r) => Math.max(w, r.length), 0);
    expect(grid.rows.length * width).toBeLessThan(4_000_001);
    const model = readModel([grid], { tahun: 2024 });
    expect(model.indikator.map((i) => i.indikator?.text)).toEqual([
      "Persentase koperasi aktif",
      "Jumlah UMKM binaan",
    ]);
    expect(grid.skipped).toEqual(cut ? { cells: 1, sample: [stray] } : undefined);
    const named = model.diagnostics.some((d) => d.severity === "info" && d.message.includes(`(${stray})`));
    expect(named).toBe(cut);
  });
});
