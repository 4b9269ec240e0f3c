/**
 * Issue 13: a workbook that went through other hands (LibreOffice, an earlier ExcelJS save, Excel's own
 * internal links) comes out of `generate` whole. Each test reads the written file's XML.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { EXAMPLE_INPUT } from "../../src/cli/demo";
import { openXlsx } from "../../src/adapters/xlsx";
import { generateReport } from "../../src/jobs/generate-report";
import { toRectangles } from "../../src/adapters/xlsx/patch-validations";
import { patchExcelJs } from "../../src/adapters/xlsx/patches";

const LIBREOFFICE = path.join(__dirname, "..", "fixtures", "libreoffice", "contoh-disimpan-libreoffice.xlsx");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-resave-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const quiet = { out: () => undefined, err: () => undefined, color: false };

/** Each worksheet's XML by sheet name (through workbook.xml and its relationships). */
async function sheetXml(buffer: Buffer): Promise<Map<string, { xml: string; rels: string }>> {
  const zip = await JSZip.loadAsync(buffer);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const out = new Map<string, { xml: string; rels: string }>();
  for (const [, name, rId] of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target =
      new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels)![1];
    const file = `xl/${target.replace(/^\/?xl\//, "")}`;
    const relsFile = file.replace(/worksheets\/(.+)$/, "worksheets/_rels/$1.rels");
    out.set(name.replace(/&apos;/g, "'"), {
      xml: await zip.file(file)!.async("string"),
      rels: (await zip.file(relsFile)?.async("string")) ?? "",
    });
  }
  return out;
}

/** The cells an sqref list covers, as "row:col" strings; overlaps counted twice. */
function coveredCells(sqrefs: string[]): string[] {
  const cells: string[] = [];
  const decode = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(m[2]), col };
  };
  for (const sqref of sqrefs)
    for (const part of sqref.split(/\s+/)) {
      const [a, b = a] = part.split(":").map(decode);
      for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) cells.push(`${r}:${c}`);
    }
  return cells;
}
const sqrefsOf = (xml: string) => [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);

describe("a workbook saved by LibreOffice Calc (tables without tableStyleInfo) regenerates", () => {
  it("generate exits 0, keeps both tables without inventing a style, leaves no temporary file", async () => {
    const out = path.join(dir, "lo", "laporan.xlsx");
    expect(await main(["generate", LIBREOFFICE, "-o", out], quiet)).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const tables = zip.file(/^xl\/tables\/table\d+\.xml$/);
    const inputTables = await Promise.all(tables.map((t) => t.async("string")));
    const names = inputTables.map((x) => /<table [^>]*name="([^"]+)"/.exec(x)![1]).sort();
    expect(names).toEqual(["Anggaran", "Kinerja"]);
    for (const xml of inputTables) expect(xml).not.toContain("tableStyleInfo");
    expect(fs.readdirSync(path.dirname(out))).toEqual(["laporan.xlsx"]);
  }, 30_000);
});

describe("data validations read from a file are written back without overlapping ranges (exceljs issue 2820)", () => {
  it("the bundled example (which carries E2:E29 over E10:E29) comes out with each cell in one range", async () => {
    const inXml = await sheetXml(fs.readFileSync(EXAMPLE_INPUT));
    const book = await openXlsx(EXAMPLE_INPUT);
    await generateReport(book);
    const outXml = await sheetXml(await book.toBuffer());
    for (const sheet of ["Kinerja", "Anggaran"]) {
      const before = new Set(coveredCells(sqrefsOf(inXml.get(sheet)!.xml)));
      const after = coveredCells(sqrefsOf(outXml.get(sheet)!.xml));
      expect(after.length).toBe(new Set(after).size); // no cell in two ranges
      expect(new Set(after)).toEqual(before); // and none lost
    }
    expect(sqrefsOf(outXml.get("Kinerja")!.xml).sort()).toEqual(["E2:E29", "F2:F29", "R2:R29"]);
  }, 30_000);

  it("saving twice gives the same ranges (re-saves no longer pile up)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    (ws as unknown as { dataValidations: { add(a: string, v: object): void } }).dataValidations.add(
      "B2:C12",
      {
        type: "list",
        formulae: ['"naik,turun"'],
      },
    );
    patchExcelJs();
    const once = Buffer.from(await wb.xlsx.writeBuffer());
    const book = await openXlsx(once);
    const twice = await (await openXlsx(await book.toBuffer())).toBuffer();
    expect(sqrefsOf((await sheetXml(twice)).get("Data")!.xml)).toEqual(["B2:C12"]);
  });

  it.each([
    { name: "a column", cells: ["E2", "E3", "E4", "E10", "E11"], want: ["E10:E11", "E2:E4"] },
    { name: "a rectangle", cells: ["B2", "B3", "C2", "C3"], want: ["B2:C3"] },
    { name: "ragged columns", cells: ["B2", "B3", "C2"], want: ["B2:B3", "C2"] },
    { name: "one cell", cells: ["Z99"], want: ["Z99"] },
  ])("toRectangles: $name", ({ cells, want }) => {
    const v = { type: "list", formulae: ['"a"'] };
    const model = Object.fromEntries(cells.map((c) => [c, v]));
    expect(Object.keys(toRectangles(model)).sort()).toEqual(want);
  });

  it("toRectangles keeps different rules apart and drops removed ones", () => {
    const a = { type: "list", formulae: ['"a"'] };
    const b = { type: "whole", operator: "between", formulae: [1, 5] };
    const out = toRectangles({ A1: a, A2: b, A3: a, A4: undefined, "C1:C9": b });
    expect(out).toEqual({ A1: a, A2: b, A3: a, "C1:C9": b });
  });
});

describe("internal hyperlinks", () => {
  it("the report's links are written as location only: no hyperlink relationships (55 on Pemeriksaan)", async () => {
    const out = path.join(dir, "demo", "LKjIP.xlsx");
    expect(await main(["demo", "-o", out], quiet)).toBe(0);
    const pemeriksaan = (await sheetXml(fs.readFileSync(out))).get("Pemeriksaan")!;
    expect(pemeriksaan.xml).toMatch(/<hyperlink ref="D\d+" location="/);
    expect(pemeriksaan.xml).not.toMatch(/<hyperlink [^>]*r:id=/);
    expect(pemeriksaan.rels).not.toContain("relationships/hyperlink");
  }, 30_000);

  it("a user's internal hyperlink (stored by Excel as location) survives generate", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE_INPUT);
    const ws = wb.addWorksheet("Catatan");
    ws.getCell("A1").value = "Lihat anggaran";
    ws.getCell("B1").value = 42;
    ws.getCell("C1").value = { formula: "B1*2", result: 84 };
    const raw = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
    // Excel's shape: <hyperlink ref location/> with no relationship; written by hand, not by ExcelJS.
    const file = Object.keys(raw.files).find(
      (f) => /worksheets\/sheet\d+\.xml$/.test(f) && f.endsWith(`sheet${wb.worksheets.length}.xml`),
    )!;
    const xml = await raw.file(file)!.async("string");
    raw.file(
      file,
      xml.replace(
        "</sheetData>",
        `</sheetData><hyperlinks><hyperlink ref="A1" location="'Anggaran'!G5" display="Lihat anggaran"/>` +
          `<hyperlink ref="B1" location="Kinerja!A1"/><hyperlink ref="C1" location="Kinerja!A1"/></hyperlinks>`,
      ),
    );
    const input = await raw.generateAsync({ type: "nodebuffer" });
    expect((await sheetXml(input)).get("Catatan")!.xml).toContain(`location="'Anggaran'!G5"`);

    const book = await openXlsx(input);
    await generateReport(book);
    const catatan = (await sheetXml(await book.toBuffer())).get("Catatan")!;
    expect(catatan.xml).toMatch(/<hyperlink ref="A1" location="(&apos;|')Anggaran(&apos;|')!G5"\/>/);
    expect(catatan.rels).not.toContain("relationships/hyperlink");
    // A link on a number or a formula would turn the cell into text (ExcelJS): the cell wins, as before.
    expect(catatan.xml).toMatch(/<c r="B1"( s="\d+")?><v>42<\/v><\/c>/);
    expect(catatan.xml).toMatch(/<c r="C1"( s="\d+")?><f>B1\*2<\/f><v>84<\/v><\/c>/);
  }, 30_000);
});
