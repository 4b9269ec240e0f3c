import ExcelJS from "exceljs";
import JSZip from "jszip";
import { newXlsx, openXlsx, type XlsxWorkbook } from "../../src/adapters/xlsx";
import type { SheetSpec } from "../../src/engine/model/sheet-spec";
import { fullSpec } from "./specs";

const dataSheet: SheetSpec = {
  key: "data-input",
  name: "Data Input",
  role: "template",
  blocks: [{ at: "A1", rows: [["x"]] }],
  numberFormats: [],
  formats: [],
  merges: [],
  columnWidths: [],
};
const tableSpec: SheetSpec = {
  ...dataSheet,
  key: "kinerja",
  name: "Kinerja",
  blocks: [
    {
      at: "B2",
      rows: [
        ["Kode", "Polaritas"],
        ["1.1", "naik"],
        [null, null],
      ],
    },
  ],
  tables: [{ name: "Kinerja", range: "B2:C4", style: "TableStyleLight9" }],
  validations: [{ range: "C3:C4", list: ["naik", "turun", 'say "hi"'] }],
};

async function written(): Promise<{ book: XlsxWorkbook; buffer: Buffer; raw: ExcelJS.Workbook; zip: JSZip }> {
  const first = newXlsx();
  await first.applyPlan({
    create: [
      { name: "Data Input", spec: dataSheet },
      { name: "Capaian Kinerja", spec: fullSpec() },
      { name: "Kinerja", spec: tableSpec },
    ],
    remove: [],
    rename: [],
    activate: "Capaian Kinerja",
  });
  const buffer = await first.toBuffer();
  const raw = new ExcelJS.Workbook();
  await raw.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return { book: await openXlsx(buffer), buffer, raw, zip: await JSZip.loadAsync(buffer) };
}

describe("xlsx adapter: a SheetSpec survives save and reload", () => {
  let w: Awaited<ReturnType<typeof written>>;
  beforeAll(async () => {
    w = await written();
  });

  it("keeps values, cached-less formulas, number formats and bold as read back", async () => {
    const grid = (await w.book.readSheets()).find((g) => g.name === "Capaian Kinerja")!;
    expect(grid.origin).toEqual({ row: 1, col: 1 });
    expect(grid.rows[0][0]).toEqual({ v: "Tabel 3.2 Capaian Kinerja", bold: true });
    expect(grid.rows[2].map((c) => c?.v)).toEqual([
      "No",
      "Indikator",
      "Target",
      "Realisasi",
      "Capaian (%)",
      "Kriteria",
    ]);
    expect(grid.rows[3][2]).toEqual({ v: 70, fmt: "#,##0.00" });
    // A formula without a cached result keeps its formula (the reader evaluates plain arithmetic).
    expect(grid.rows[3][4]).toEqual({ v: null, fmt: "0.00%", formula: "D4/C4*100" });
    expect(grid.rows[5][5]).toEqual({ v: "Lihat Data" });
    expect(grid.merges).toEqual(["A1:F1"]);
    expect(grid.tag).toEqual({ role: "report", key: "capaian-kinerja" });
  });

  it("writes formulas as formulas and styles, widths, heights, freeze, print setup, tab colour", () => {
    const ws = w.raw.getWorksheet("Capaian Kinerja")!;
    expect(ws.getCell("E4").value).toEqual({ formula: "D4/C4*100" });
    expect(ws.getCell("A3").fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFD9E1F2" },
    });
    expect(ws.getCell("A3").alignment).toEqual({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(ws.getCell("A1").font).toMatchObject({
      bold: true,
      italic: true,
      size: 14,
      color: { argb: "FF1F4E78" },
    });
    expect(ws.getCell("D6").border).toEqual({
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    });
    expect([1, 2, 6].map((c) => ws.getColumn(c).width)).toEqual([5, 40, 16]);
    expect(ws.getRow(3).height).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 3, topLeftCell: "C4" });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:3",
    });
    expect(ws.properties.tabColor).toEqual({ argb: "FF2F75B5" });
  });

  it("writes validations, data bars and Excel Tables", async () => {
    const ws = w.raw.getWorksheet("Capaian Kinerja")!;
    expect(ws.getCell("F5").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Sangat Tinggi,Tinggi,Sedang"'],
    });
    const cf = (
      ws as unknown as {
        conditionalFormattings: { ref: string; rules: { type: string; color: unknown }[] }[];
      }
    ).conditionalFormattings;
    expect(cf).toEqual([
      expect.objectContaining({
        ref: "E4:E6",
        rules: [expect.objectContaining({ type: "dataBar", color: { argb: "FF63BE7B" } })],
      }),
    ]);
    const kinerja = w.raw.getWorksheet("Kinerja")!;
    expect(kinerja.getCell("C4").dataValidation.formulae).toEqual(['"naik,turun,say ""hi"""']);
    const grid = (await w.book.readSheets()).find((g) => g.name === "Kinerja")!;
    expect(grid.tables).toEqual([{ name: "Kinerja", range: "B2:C4" }]);
    const tableXml = await w.zip.file(/tables\/table\d+\.xml$/)[0].async("string");
    expect(tableXml).toContain('name="TableStyleLight9"');
  });

  it("writes an internal hyperlink as a location inside the workbook", async () => {
    const sheets = await Promise.all(w.zip.file(/worksheets\/sheet\d+\.xml$/).map((f) => f.async("string")));
    const xml = sheets.find((s) => s.includes("<hyperlink "))!;
    expect(xml).toContain(`<hyperlink ref="F6" location="&apos;Data Input&apos;!B7"/>`);
  });

  it("tags every created sheet with a hidden defined name and reads the tags back", async () => {
    expect(await w.book.listSheets()).toEqual([
      { name: "Data Input", tag: { role: "template", key: "data-input" } },
      { name: "Capaian Kinerja", tag: { role: "report", key: "capaian-kinerja" } },
      { name: "Kinerja", tag: { role: "template", key: "kinerja" } },
    ]);
    const xml = await w.zip.file("xl/workbook.xml")!.async("string");
    expect(xml).toContain(
      `<definedName name="_SAKIP_report_capaian.kinerja" hidden="1">&apos;Capaian Kinerja&apos;!$A$1</definedName>`,
    );
    expect(xml).toMatch(/<workbookView[^>]*activeTab="1"/);
    const selected = await Promise.all(
      w.zip
        .file(/worksheets\/sheet\d+\.xml$/)
        .map(async (f) => (await f.async("string")).includes('tabSelected="1"')),
    );
    expect(selected).toEqual([false, true, false]); // only the active sheet, else Excel groups the tabs
  });
});

describe("xlsx adapter: what other spreadsheet programs need to render the report as Excel does", () => {
  async function saved(spec: Partial<SheetSpec>): Promise<JSZip> {
    const book = newXlsx();
    await book.applyPlan({
      create: [{ name: "S", spec: { ...dataSheet, ...spec } }],
      remove: [],
      rename: [],
    });
    return JSZip.loadAsync(await book.toBuffer());
  }

  it("names the font of every styled cell (LibreOffice shows an unnamed font in a wider serif face)", async () => {
    const zip = await saved({
      formats: [
        { range: "A1", style: { bold: true } },
        { range: "A1", style: { italic: true, fontSize: 9 } },
      ],
    });
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const fonts = styles.match(/<font>[\s\S]*?<\/font>/g) ?? [];
    expect(fonts.length).toBeGreaterThan(1);
    for (const font of fonts) expect(font).toMatch(/<name val="[^"]+"\/>/);
    expect(styles).toMatch(/<font><b\/><i\/>[^]*?<sz val="9"\/><name val="Calibri"\/><\/font>/);
  });

  it.each([9, 10, 12.5])(
    "keeps a column width of %s (ExcelJS drops exactly 9 as its default)",
    async (width) => {
      const zip = await saved({ columnWidths: [width] });
      const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      const col = sheet.match(/<col [^>]*min="1"[^>]*>/)?.[0] ?? "";
      expect(Number(col.match(/width="([\d.]+)"/)?.[1])).toBeCloseTo(width, 1);
    },
  );

  it("merges many ranges and refuses overlapping ones, naming the range", async () => {
    const merges = Array.from({ length: 500 }, (_, i) => `A${2 * i + 1}:C${2 * i + 2}`);
    const zip = await saved({ merges });
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet.match(/<mergeCell ref=/g)).toHaveLength(500);
    await expect(saved({ merges: ["A1:B2", "B2:C3"] })).rejects.toThrow(/B2:C3/);
  });

  it("scales data bars from 0, so the lowest capaian still shows a bar", async () => {
    const zip = await saved({
      blocks: [{ at: "A1", rows: [[108.33], [120]] }],
      dataBars: [{ range: "A1:A2", color: "#63BE7B" }],
    });
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toMatch(/<cfvo type="num" val="0"\/>/);
    expect(sheet).not.toMatch(/<cfvo type="min"/);
  });
});

describe("xlsx adapter: a string is always written as text", () => {
  it.each(["=1+1", "@x", "+62 811", "-5 turun", "=SUM(A1:A2)", "001", "(1)", "TRUE", "#N/A"])(
    "%s",
    async (text) => {
      const book = newXlsx();
      const spec: SheetSpec = { ...dataSheet, blocks: [{ at: "B2", rows: [[text]] }] };
      await book.applyPlan({ create: [{ name: "T", spec }], remove: [], rename: [] });
      const again = await openXlsx(await book.toBuffer());
      const [grid] = await again.readSheets();
      expect(grid.rows).toEqual([[{ v: text }]]);
      expect(grid.origin).toEqual({ row: 2, col: 2 });
    },
  );
});

describe("xlsx writer: page breaks", () => {
  it("starts a page at each given row (a break after the row above)", async () => {
    const book = newXlsx();
    const spec: SheetSpec = {
      ...dataSheet,
      blocks: [{ at: "A1", rows: [["a"], ["b"], ["c"], ["d"], ["e"]] }],
      pageBreaks: [4],
    };
    await book.applyPlan({ create: [{ name: "PK", spec }], remove: [], rename: [] });
    const zip = await JSZip.loadAsync(await book.toBuffer());
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toMatch(
      /<rowBreaks count="1" manualBreakCount="1"><brk id="3" max="\d+" man="1"\/><\/rowBreaks>/,
    );
  });
});
