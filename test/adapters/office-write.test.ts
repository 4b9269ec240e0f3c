import ExcelJS from "exceljs";
import { parseRange } from "../../src/adapters/a1";
import { newXlsx } from "../../src/adapters/xlsx";
import type { SheetSpec } from "../../src/engine/model/sheet-spec";
import { officePort } from "../../src/adapters/office";
import type { WritePlan } from "../../src/workbook/port";
import { FakeExcel } from "./fake-excel";
import { bigSpec, fullSpec } from "./specs";

const FIVE_MB = 5 * 1024 * 1024;

function overlaps(a: string, b: string): boolean {
  const [x, y] = [parseRange(a), parseRange(b)];
  return x.left <= y.right && y.left <= x.right && x.top <= y.bottom && y.top <= x.bottom;
}

/** A workbook with the user's "Data" sheet and the add-in's previous report sheet `name`. */
function previous(name = "Capaian Kinerja", key = "capaian-kinerja"): FakeExcel {
  const fx = new FakeExcel();
  fx.seed("Data", { A1: "milik pengguna" });
  fx.seed(name, { A1: "laporan lama" }, `_SAKIP_report_${key.replace(/-/g, ".")}`);
  return fx;
}

function replace(name: string, spec = fullSpec()): WritePlan {
  return {
    create: [{ name: `${name} (baru)`, spec }],
    remove: [name],
    rename: [{ from: `${name} (baru)`, to: name }],
    activate: name,
  };
}

describe("office applyPlan: requests do not grow with the number of rows", () => {
  it.each([10, 10_000])(
    "%i rows: list + one request for the sheet + remove/rename = 3 syncs",
    async (rows) => {
      const fx = previous("Besar", "besar");
      await officePort(fx.run).applyPlan(replace("Besar", bigSpec(rows)));
      expect(fx.syncs).toBe(3);
      expect(Math.max(...fx.requestBytes)).toBeLessThan(FIVE_MB);
      expect(fx.sheet("Besar").cells.get(`H${rows + 1}`)?.value).toBe((rows - 1) * 8 + 7.5);
    },
  );

  it("suspends calculation once in every request that writes", async () => {
    const fx = previous();
    await officePort(fx.run).applyPlan(replace("Capaian Kinerja"));
    const writing = new Set(
      fx.ops.filter((o) => o.op !== "suspendApiCalculationUntilNextSync").map((o) => o.batch),
    );
    for (const batch of writing)
      expect(
        fx.ops.filter((o) => o.batch === batch && o.op === "suspendApiCalculationUntilNextSync"),
      ).toHaveLength(1);
  });

  it("splits a block over the 5 MB request limit into row chunks, each request under the limit", async () => {
    const fx = new FakeExcel();
    await officePort(fx.run).applyPlan({
      create: [{ name: "Besar", spec: bigSpec(40_000) }],
      remove: [],
      rename: [],
    });
    expect(fx.syncs).toBeGreaterThan(2);
    expect(Math.max(...fx.requestBytes)).toBeLessThan(FIVE_MB);
    expect(fx.sheet("Besar").cells.get("H40001")?.value).toBe(39_999 * 8 + 7.5);
    expect(fx.sheet("Besar").cells.get("B20000")?.value).toBe("Indikator 19999");
  }, 30_000);

  it("a smaller budget gives more, smaller requests with the same cells", async () => {
    const fx = new FakeExcel();
    await officePort(fx.run, { payloadBudget: 20_000 }).applyPlan({
      create: [{ name: "Besar", spec: bigSpec(1_000) }],
      remove: [],
      rename: [],
    });
    expect(fx.syncs).toBeGreaterThan(10);
    expect(fx.ops.filter((o) => o.op === "values").length).toBeGreaterThan(5);
    expect(fx.sheet("Besar").cells.get("C1001")?.value).toBe(999 * 8 + 2.5);
  });
});

describe("office applyPlan writes number formats before values, one 2-D array per block", () => {
  it("every numberFormat op precedes the values/formulas op over the same cells", async () => {
    const fx = previous();
    await officePort(fx.run).applyPlan(replace("Capaian Kinerja"));
    const ops = fx.ops.filter((o) => o.sheet === "Capaian Kinerja (baru)" || o.sheet === "Capaian Kinerja");
    const writes = ops.filter((o) => o.op === "values" || o.op === "formulas");
    expect(writes.map((o) => `${o.op} ${o.address}`)).toEqual(["values A1:D1", "formulas A3:F6"]);
    const formats = ops.filter((o) => o.op === "numberFormat");
    expect(formats.map((o) => o.address)).toEqual(["C4:D6", "E4:E6", "A1:D1", "A3:F6"]); // the spec's, then "@" per block with texts
    const pairs = formats.flatMap((f) =>
      writes.filter((w) => overlaps(f.address!, w.address!)).map((w) => ops.indexOf(f) < ops.indexOf(w)),
    );
    expect(pairs).toEqual([true, true, true, true]);
  });

  it("applies each format entry once to its whole range", async () => {
    const fx = previous();
    await officePort(fx.run).applyPlan(replace("Capaian Kinerja"));
    expect(fx.ops.filter((o) => o.op === "format.font.bold").map((o) => o.address)).toEqual([
      "A3:F3",
      "A1:A1",
    ]);
    expect(fx.ops.filter((o) => /^format\.borders\.\w+$/.test(o.op)).map((o) => o.op.slice(15))).toEqual([
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideHorizontal",
      "InsideVertical",
    ]);
  });
});

describe("office applyPlan: a string stays text whatever it begins with", () => {
  it.each(["=1+1", "@x", "+62 811", "-5 turun", "001", "(1)", "TRUE", "#N/A", "5%"])("%s", async (text) => {
    const fx = new FakeExcel();
    const spec = { ...fullSpec(), blocks: [{ at: "B2", rows: [[text, { formula: "=1+1" }]] }] };
    await officePort(fx.run).applyPlan({ create: [{ name: "T", spec }], remove: [], rename: [] });
    const cell = fx.sheet("T").cells.get("B2")!;
    expect([cell.value, cell.formula, cell.error, cell.numberFormat]).toEqual([
      text,
      undefined,
      undefined,
      "@",
    ]);
    expect(fx.sheet("T").cells.get("C2")?.formula).toBe("=1+1");
  });

  it("plain words keep the spec's format (no needless '@')", async () => {
    const fx = new FakeExcel();
    await officePort(fx.run).applyPlan({ create: [{ name: "T", spec: fullSpec() }], remove: [], rename: [] });
    expect(fx.sheet("T").cells.get("F4")).toMatchObject({ value: "Sangat Tinggi", numberFormat: "General" });
    expect(fx.sheet("T").cells.get("C4")).toMatchObject({ value: 70, numberFormat: "#,##0.00" });
  });
});

describe("office applyPlan never touches a sheet without the add-in's tag", () => {
  it.each([
    ["remove", { create: [{ name: "Baru", spec: fullSpec() }], remove: ["Data"], rename: [] }],
    [
      "rename",
      { create: [{ name: "Baru", spec: fullSpec() }], remove: [], rename: [{ from: "Data", to: "X" }] },
    ],
  ])("%s of the user's sheet is refused after one read-only request", async (_, plan) => {
    const fx = previous();
    await expect(officePort(fx.run).applyPlan(plan)).rejects.toThrow(/"Data" bukan buatan add-in SAKIP/);
    expect(fx.syncs).toBe(1);
    expect(fx.ops).toEqual([]);
    expect(fx.sheets.map((s) => s.name)).toEqual(["Data", "Capaian Kinerja"]);
  });

  it("a failing create removes only this plan's new sheets and leaves the previous report intact", async () => {
    const fx = previous();
    fx.failWhen = (op) => op.op === "merge" && op.sheet === "Baru 2";
    const plan = {
      create: [
        { name: "Baru 1", spec: fullSpec() },
        { name: "Baru 2", spec: fullSpec() },
      ],
      remove: ["Capaian Kinerja"],
      rename: [{ from: "Baru 1", to: "Capaian Kinerja" }],
    };
    await expect(officePort(fx.run).applyPlan(plan)).rejects.toThrow(
      /Gagal membuat lembar "Capaian Kinerja": GeneralException.*Laporan sebelumnya tidak diubah/,
    );
    expect(fx.sheets.map((s) => s.name)).toEqual(["Data", "Capaian Kinerja"]);
    expect(fx.sheet("Capaian Kinerja").cells.get("A1")?.value).toBe("laporan lama");
    expect(await officePort(fx.run).listSheets()).toEqual([
      { name: "Data" },
      { name: "Capaian Kinerja", tag: { role: "report", key: "capaian-kinerja" } },
    ]);
  });
});

describe("office applyPlan renders the whole SheetSpec and tags the sheet", () => {
  let fx: FakeExcel;
  beforeAll(async () => {
    fx = previous();
    fx.seed("Data Input");
    const spec = fullSpec({ tables: [{ name: "Capaian", range: "A3:F6" }] });
    await officePort(fx.run).applyPlan(replace("Capaian Kinerja", spec));
  });

  it("replaces the old sheet: new one renamed into place, active, tagged with a hidden name", async () => {
    expect(fx.sheets.map((s) => s.name)).toEqual(["Data", "Data Input", "Capaian Kinerja"]);
    expect(fx.active?.name).toBe("Capaian Kinerja");
    expect(fx.names.map((n) => [n.name, n.sheet?.name, n.visible])).toEqual([
      ["_SAKIP2_report_capaian.kinerja", "Capaian Kinerja", false],
    ]);
    expect(await officePort(fx.run).listSheets()).toContainEqual({
      name: "Capaian Kinerja",
      tag: { role: "report", key: "capaian-kinerja" },
    });
  });

  it("writes layout: widths in points, heights, merges, freeze, A4 print, tables, lists, data bars, tab colour, links", () => {
    const s = fx.sheet("Capaian Kinerja");
    expect([s.columnWidths.get(1), s.columnWidths.get(2)]).toEqual([30, 213.75]);
    expect(s.rowHeights.get(3)).toBe(30);
    expect(s.merges).toEqual(["A1:F1"]);
    expect(s.freeze).toEqual({ rows: 3, columns: 2 });
    expect(s.page).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$3:$3",
    });
    expect(s.tables).toEqual([{ name: "Capaian", range: "A3:F6", style: "TableStyleMedium2" }]);
    expect(s.validations).toEqual([
      { address: "F4:F6", rule: { list: { inCellDropDown: true, source: "Sangat Tinggi,Tinggi,Sedang" } } },
    ]);
    expect(s.conditionalFormats).toEqual([
      {
        address: "E4:E6",
        type: "DataBar",
        fillColor: "#63BE7B",
        lowerBound: { type: "Number", formula: "0" },
      },
    ]);
    expect(s.tabColor).toBe("#2F75B5");
    expect(s.cells.get("F6")).toMatchObject({ value: "Lihat Data", hyperlink: "'Data Input'!B7" });
    expect(s.cells.get("A3")).toMatchObject({
      font: { bold: true },
      fill: "#D9E1F2",
      hAlign: "Center",
      vAlign: "Center",
      wrap: true,
    });
    expect(s.cells.get("A1")).toMatchObject({
      font: { bold: true, italic: true, size: 14, color: "#1F4E78" },
    });
    for (const a of ["A3", "D5", "F6"])
      expect([...s.cells.get(a)!.borders].sort()).toEqual(["bottom", "left", "right", "top"]);
  });

  it("a second regeneration alternates the tag name and leaves one name per sheet", async () => {
    await officePort(fx.run).applyPlan(replace("Capaian Kinerja"));
    expect(fx.names.map((n) => [n.name, n.sheet?.name])).toEqual([
      ["_SAKIP_report_capaian.kinerja", "Capaian Kinerja"],
    ]);
  });
});

describe("office and xlsx writers: a second table can start on its own printed page", () => {
  it("office: a break above the given row", async () => {
    const fx = new FakeExcel();
    const spec = { ...fullSpec(), pageBreaks: [1, 5] };
    await officePort(fx.run).applyPlan({ create: [{ name: "PK", spec }], remove: [], rename: [] });
    expect(fx.sheet("PK").pageBreaks).toEqual(["A5"]);
  });
});

describe("office and xlsx writers: the print set (zoom, margins, running title, page numbers, notes)", () => {
  const printed = (): SheetSpec => ({
    ...fullSpec(),
    print: {
      orientation: "landscape",
      fitToWidth: true,
      scale: 85,
      paperSize: "A4",
      margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
      header: { center: "Tabel 3.2 Koperasi && UKM" },
      footer: { left: "Dinas", right: "Halaman &P dari &N" },
    },
    notes: [{ cell: "E4", text: "Target kosong: capaian tidak dapat dihitung" }],
  });
  it("office: zoom instead of fit, margins in points, header/footer sections, a comment per note", async () => {
    const fx = new FakeExcel();
    await officePort(fx.run).applyPlan({ create: [{ name: "PK", spec: printed() }], remove: [], rename: [] });
    const s = fx.sheet("PK");
    expect(s.page.zoom).toEqual({ scale: 85 });
    expect(s.page.margins).toEqual({
      left: 28.8,
      right: 28.8,
      top: 50.4,
      bottom: 50.4,
      header: 21.6,
      footer: 21.6,
    });
    expect(s.page.headersFooters).toEqual({
      centerHeader: "Tabel 3.2 Koperasi && UKM",
      leftFooter: "Dinas",
      rightFooter: "Halaman &P dari &N",
    });
    expect(s.comments).toEqual([{ cell: "E4", text: "Target kosong: capaian tidak dapat dihitung" }]);
  });
  it("xlsx: the same page setup, header/footer in OOXML sections and the note on the cell", async () => {
    const book = newXlsx();
    await book.applyPlan({ create: [{ name: "PK", spec: printed() }], remove: [], rename: [] });
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
    const ws = again.getWorksheet("PK")!;
    expect(ws.pageSetup).toMatchObject({ scale: 85, fitToPage: false, paperSize: 9 });
    expect(ws.pageSetup.margins).toEqual({
      left: 0.4,
      right: 0.4,
      top: 0.7,
      bottom: 0.7,
      header: 0.3,
      footer: 0.3,
    });
    expect(ws.headerFooter).toMatchObject({
      oddHeader: "&CTabel 3.2 Koperasi && UKM",
      oddFooter: "&LDinas&RHalaman &P dari &N",
    });
    const note = ws.getCell("E4").note;
    const text = typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("");
    expect(text).toBe("Target kosong: capaian tidak dapat dihitung");
  });
});
