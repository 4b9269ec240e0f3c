import { officePort, selectCell } from "../../src/adapters/office";
import { FakeExcel } from "./fake-excel";

function workbook(sheets: number): FakeExcel {
  const fx = new FakeExcel();
  for (let i = 1; i <= sheets; i++) fx.seed(`Lembar ${i}`, { B2: `Judul ${i}`, C3: i, D4: "x" });
  return fx;
}

describe("office readSheets: requests do not grow with the number of sheets", () => {
  it.each([1, 20])("%i sheet(s): 3 syncs (names and tags; sizes, merges, tables; cells)", async (n) => {
    const fx = workbook(n);
    const grids = await officePort(fx.run).readSheets();
    expect(fx.syncs).toBe(3);
    expect(grids).toHaveLength(n);
    expect(grids[n - 1].rows[1][1]).toEqual({ v: n });
  });

  it("splits the cells of a sheet over the response budget into row chunks, same grid", async () => {
    const cells: Record<string, number> = {};
    for (let r = 1; r <= 300; r++) for (const c of "ABCD") cells[`${c}${r}`] = r;
    const fx = new FakeExcel();
    fx.seed("Besar", cells);
    const whole = await officePort(fx.run).readSheets();
    fx.reset();
    const chunked = await officePort(fx.run, { payloadBudget: 10_000 }).readSheets(); // 100 cells a request
    expect(fx.syncs).toBe(2 + 12);
    expect(chunked).toEqual(whole);
    expect(chunked[0].rows[299]).toEqual(Array(4).fill({ v: 300 }));
  });
});

describe("office readSheets: values, errors, formats, bold, merges, tables and tags", () => {
  it("reads the used range of each sheet", async () => {
    const fx = new FakeExcel();
    const s = fx.seed(
      "Kinerja",
      { B2: { v: "TABEL", bold: true }, C3: 70, D3: { error: "#DIV/0!" }, E4: true },
      "_SAKIP_template_kinerja",
    );
    s.cells.get("C3")!.numberFormat = "#,##0.00";
    s.merges.push("B2:E2");
    s.tables.push({ name: "Data1", range: "B3:E4" });
    fx.seed("Kosong");
    fx.seed("It's mine", { A1: "x" });
    const [kinerja, kosong, mine] = await officePort(fx.run).readSheets();
    expect(kinerja).toEqual({
      name: "Kinerja",
      origin: { row: 2, col: 2 },
      rows: [
        [{ v: "TABEL", bold: true }, null, null, null],
        [null, { v: 70, fmt: "#,##0.00" }, { v: null, error: "#DIV/0!" }, null],
        [null, null, null, { v: true }],
      ],
      merges: ["B2:E2"],
      tables: [{ name: "Data1", range: "B3:E4" }],
      tag: { role: "template", key: "kinerja" },
    });
    expect(kosong).toEqual({ name: "Kosong", origin: { row: 1, col: 1 }, rows: [] });
    expect(mine.rows).toEqual([[{ v: "x" }]]);
  });

  it("ignores a tag name whose sheet was deleted (#REF!) and lists in one request", async () => {
    const fx = new FakeExcel();
    fx.seed("A", {}, "_SAKIP_report_a");
    fx.names.push({ name: "_SAKIP_report_b", sheet: null, cell: "$A$1", visible: false });
    fx.names.push({ name: "Print_Area", sheet: fx.sheet("A"), cell: "$A$1", visible: true });
    expect(await officePort(fx.run).listSheets()).toEqual([{ name: "A", tag: { role: "report", key: "a" } }]);
    expect(fx.syncs).toBe(1);
  });
});

describe("selectCell shows a finding's cell", () => {
  it("activates the sheet and selects the cell in one request", async () => {
    const fx = workbook(2);
    await selectCell("Lembar 2", "C3", fx.run);
    expect([fx.active?.name, fx.selected, fx.syncs]).toEqual(["Lembar 2", "Lembar 2!C3:C3", 1]);
  });
});
