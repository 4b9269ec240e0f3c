/**
 * Issue 13, the Office adapter: one stray cell far from the tables (A1 … XFD1048576) must not make
 * Excel answer billions of cells. The used range's size comes first; a huge one is read by its
 * occupied areas (getSpecialCells) as its dense core, the stray cell named in an info line.
 */
import { officePort } from "../../src/adapters/office";
import { areasOf } from "../../src/adapters/office/sparse";
import { parseRange } from "../../src/adapters/a1";
import { openXlsx } from "../../src/adapters/xlsx";
import { readModel } from "../../src/workbook";
import ExcelJS from "exceljs";
import { FakeExcel } from "./fake-excel";

const HEADER = ["No", "Indikator Kinerja", "Target", "Realisasi"];

/** A1:D20: a header and 19 indicators. */
function table(): Record<string, string | number> {
  const cells: Record<string, string | number> = {};
  HEADER.forEach((h, j) => (cells[`${"ABCD"[j]}1`] = h));
  for (let r = 2; r <= 20; r++)
    Object.assign(cells, {
      [`A${r}`]: String(r - 1),
      [`B${r}`]: `Indikator ${r - 1}`,
      [`C${r}`]: 80,
      [`D${r}`]: 70 + r,
    });
  return cells;
}

function withStrays(...strays: string[]): FakeExcel {
  const fx = new FakeExcel();
  fx.seed("Kinerja", { ...table(), ...Object.fromEntries(strays.map((s) => [s, "catatan lama"])) });
  return fx;
}

describe("office readSheets: a stray cell far away, the sheet is read as its dense core", () => {
  // Cut when the used range spans more than 2 million cells.
  it.each([
    ["XFD1048576", true],
    ["XFD10000", true],
    ["E600000", true],
    ["ZZ3", false],
    ["E21", false],
  ])("table A1:D20 and a cell at %s (cut: %s)", async (stray, cut) => {
    const fx = withStrays(stray);
    const [grid] = await officePort(fx.run).readSheets();
    expect(grid.skipped).toEqual(cut ? { cells: 1, sample: [stray] } : undefined);
    const width = grid.rows.reduce((w, r) => Math.max(w, r.length), 0);
    if (cut) expect([grid.origin, grid.rows.length, width]).toEqual([{ row: 1, col: 1 }, 20, 4]);
    const model = readModel([grid], { tahun: 2024 });
    expect(model.indikator.map((i) => i.indikator?.text)).toHaveLength(19);
    const named = model.diagnostics.some((d) => d.severity === "info" && d.message.includes(`(${stray})`));
    expect(named).toBe(cut);
    // Names, tags, tables; used-range sizes; occupied areas (only when cut); cells.
    expect(fx.syncs).toBe(cut ? 4 : 3);
    expect(fx.ops.some((o) => o.op === "getSpecialCells")).toBe(cut);
  });

  it("the core's cells are exactly those of the same sheet without the stray cell", async () => {
    const [plain] = await officePort(withStrays().run).readSheets();
    const [cut] = await officePort(withStrays("XFD1048576").run).readSheets();
    expect({ ...cut, skipped: undefined }).toEqual({ ...plain, skipped: undefined });
  });

  it("names every stray cell, constants and formulas, the first five in the line", async () => {
    const fx = withStrays("XFD1048576", "XFA1048570", "A900000", "B900000", "QQ1");
    fx.sheet("Kinerja").cells.get("QQ1")!.formula = "=A2";
    fx.sheet("Kinerja").cells.get("QQ1")!.value = 1;
    const [grid] = await officePort(fx.run).readSheets();
    expect(grid.skipped).toEqual({
      cells: 5,
      sample: ["QQ1", "A900000", "B900000", "XFA1048570", "XFD1048576"],
    });
    expect(grid.rows).toHaveLength(20);
    expect(fx.syncs).toBe(4);
  });

  it("syncs stay bounded: three sparse sheets take the same 4 requests as one", async () => {
    const fx = new FakeExcel();
    for (const name of ["Satu", "Dua", "Tiga"]) fx.seed(name, { ...table(), XFD1048576: "x" });
    fx.seed("Biasa", { A1: "kecil" });
    const grids = await officePort(fx.run).readSheets();
    expect(fx.syncs).toBe(4);
    expect(grids.map((g) => g.skipped?.cells ?? 0)).toEqual([1, 1, 1, 0]);
    expect(grids[3].rows).toEqual([[{ v: "kecil" }]]);
  });

  it("an address list Excel shortened is completed from the areas, in one request more", async () => {
    const fx = withStrays("XFD1048576", "XFD1048570", "XFD1048560");
    fx.areasAddressLimit = 2; // "Kinerja!A1:D20, Kinerja!XFD1048560" of four areas
    const [grid] = await officePort(fx.run).readSheets();
    expect(grid.skipped).toEqual({ cells: 3, sample: ["XFD1048560", "XFD1048570", "XFD1048576"] });
    expect(grid.rows).toHaveLength(20);
    expect(fx.syncs).toBe(5);
  });

  it("a sheet name with a comma, a quote and a '!' does not confuse the address list", async () => {
    const fx = new FakeExcel();
    fx.seed("Data, it's 1!", { ...table(), XFD1048576: "x" });
    const [grid] = await officePort(fx.run).readSheets();
    expect(grid.skipped).toEqual({ cells: 1, sample: ["XFD1048576"] });
    expect(grid.rows[19][1]).toEqual({ v: "Indikator 19" });
  });

  it("the xlsx adapter and the Office adapter read the same sparse sheet alike", async () => {
    const fx = withStrays("XFD1048576");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kinerja");
    for (const [addr, v] of Object.entries({ ...table(), XFD1048576: "catatan lama" }))
      ws.getCell(addr).value = v;
    const [fromFile] = await (await openXlsx(Buffer.from(await wb.xlsx.writeBuffer()))).readSheets();
    const [fromExcel] = await officePort(fx.run).readSheets();
    expect(fromExcel).toEqual(fromFile);
  });
});

describe("areasOf: the areas of a RangeAreas address", () => {
  it.each([
    ["Kinerja!A1:D20, Kinerja!XFD1048576", "Kinerja!", ["A1:D20", "XFD1048576"]],
    ["'Data, 1'!A1:B2, 'Data, 1'!$C$3", "'Data, 1'!", ["A1:B2", "C3"]],
    ["Kinerja!A1:D20,Kinerja!F1", "Kinerja!", ["A1:D20", "F1"]],
    ["'Kinerja'!A1:D20, 'Kinerja'!F1", "Kinerja!", ["A1:D20", "F1"]], // quoted unlike the used range
    ["", "Kinerja!", []],
  ])("%s", (address, prefix, boxes) => {
    expect(areasOf(address, prefix)).toEqual(boxes.map(parseRange));
  });
});
