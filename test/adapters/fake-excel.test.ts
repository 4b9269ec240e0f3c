import { FakeExcel } from "./fake-excel";
import { cellAt, newSheet, typeIn } from "./fake-state";

/* The fake must fail where Office.js fails, or the adapter tests prove nothing. */

describe("the fake RequestContext behaves like Office.js where the adapter depends on it", () => {
  it("reading a property before load + sync throws; after sync it resolves", async () => {
    const fx = new FakeExcel();
    fx.seed("A");
    const ctx = fx.context();
    const sheets = ctx.workbook.worksheets;
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    sheets.load("items/name");
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["A"]);
    const range = ctx.workbook.worksheets.getItem("A").getRange("A1:B2");
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the point of the test
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    const props = range.getCellProperties({ format: { font: { bold: true } } });
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the point of the test
    expect(() => props.value).toThrow(/PropertyNotLoaded/);
  });

  it("setters are queued until sync and a 2-D array must match the range", async () => {
    const fx = new FakeExcel();
    fx.seed("A");
    const ctx = fx.context();
    ctx.workbook.worksheets.getItem("A").getRange("A1:B1").values = [[1, 2]];
    expect(fx.sheet("A").cells.size).toBe(0);
    await ctx.sync();
    expect(fx.sheet("A").cells.get("B1")?.value).toBe(2);
    ctx.workbook.worksheets.getItem("A").getRange("A1:B1").values = [[1]];
    await expect(ctx.sync()).rejects.toThrow(/InvalidArgument/);
    expect(fx.syncs).toBe(2);
  });

  it.each([
    ["=1+1", "General", { formula: "=1+1" }],
    ["-5 turun", "General", { formula: "=-5 turun" }],
    ["001", "General", { value: 1 }],
    ["(1)", "General", { value: -1 }],
    ["TRUE", "General", { value: true }],
    ["#N/A", "General", { error: "#N/A" }],
    ["=1+1", "@", { value: "=1+1" }],
    ["Sangat Tinggi", "General", { value: "Sangat Tinggi" }],
  ])("typing %s into a %s cell gives %j", (text, format, expected) => {
    const cell = cellAt(newSheet("A"), 1, 1);
    cell.numberFormat = format;
    typeIn(cell, text, false);
    expect(cell).toMatchObject(expected);
  });

  it("a failing operation rejects its sync; operations before it in the request have run", async () => {
    const fx = new FakeExcel();
    fx.seed("A");
    fx.failWhen = (op) => op.op === "merge";
    const ctx = fx.context();
    const ws = ctx.workbook.worksheets.getItem("A");
    ws.getRange("A1").values = [["x"]];
    ws.getRange("A1:B1").merge(false);
    await expect(ctx.sync()).rejects.toThrow(/GeneralException/);
    expect(fx.sheet("A").cells.get("A1")?.value).toBe("x");
    expect(fx.sheet("A").merges).toEqual([]);
  });

  it.each([
    ["Constants", "A!A1:B3, A!D1, A!D3:E3, A!XFD1048576"],
    ["Formulas", "A!C2"],
  ])("getSpecialCells(%s) lists the filled cells as rectangles, as Excel does", async (kind, address) => {
    const fx = new FakeExcel();
    const cells: Record<string, string | number> = { D1: 1, D3: 1, E3: 1, XFD1048576: "x" };
    for (const a of ["A1", "B1", "A2", "B2", "A3", "B3", "C2"]) cells[a] = 1;
    fx.seed("A", cells).cells.get("C2")!.formula = "=A2";
    const ctx = fx.context();
    const used = ctx.workbook.worksheets.getItem("A").getUsedRangeOrNullObject(true);
    const found = used.getSpecialCellsOrNullObject(kind as Excel.SpecialCellType).load("address,areaCount");
    await ctx.sync();
    expect([found.address, found.areaCount]).toEqual([address, address.split(", ").length]);
  });

  it("getSpecialCells finds nothing: a null object; a huge range's values are refused, its size is not", async () => {
    const fx = new FakeExcel();
    fx.seed("A", { A1: "x", XFD1048576: "y" });
    const ctx = fx.context();
    const ws = ctx.workbook.worksheets.getItem("A");
    const used = ws.getUsedRangeOrNullObject(true).load("address,rowCount,columnCount");
    const formulas = used.getSpecialCellsOrNullObject("Formulas").load("address");
    await ctx.sync();
    expect([formulas.isNullObject, used.address, used.rowCount]).toEqual([
      true,
      "A!A1:XFD1048576",
      1_048_576,
    ]);
    ws.getUsedRangeOrNullObject(true).load("values");
    await expect(ctx.sync()).rejects.toThrow(/ResponsePayloadSizeLimitExceeded/);
  });
});
