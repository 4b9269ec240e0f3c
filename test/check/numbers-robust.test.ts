/**
 * Issue 13, numbers at their edges, through the real path (xlsx → reader → check → report): 1e308,
 * an ISO date in a numeric column, a text longer than an Excel cell.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { openXlsx } from "../../src/adapters/xlsx";
import { checkWorkbook } from "../../src/jobs/check-workbook";
import { generateReport } from "../../src/jobs/generate-report";
import { formatNumber } from "../../src/engine/numbers";
import { fitCellText, MAX_CELL_TEXT } from "../../src/adapters/xlsx/write";
import { exampleAddress, exampleWith, withCellXml } from "../support/example-edits";

/** A number printed in a message: Indonesian digits, or Excel's scientific form. */
const BLANK_NUMBER =
  /(=|×|\+|\/)\s*(\)|$|=|×|\+|\/|;)|tertulis\s+(tetapi|adalah)|selisih\s*\)|(melebihi pagu|menjadi)\s*$|\(\s*\)/;
/(tertulis|=|selisih|melebihi pagu|pagu|realisasi|jumlah|×)\s*(\)|$|;|,\s|\s(tetapi|×|\+|=|\())/i;

describe("1e308 leaves no blank number in messages and no null expected in JSON", () => {
  let findings: Awaited<ReturnType<typeof checkWorkbook>>["findings"];
  beforeAll(async () => {
    const input = await exampleWith([
      { sheet: "Kinerja", row: 2, column: "Realisasi", value: 1e308 },
      { sheet: "Kinerja", row: 2, column: "Target", value: 0.5 },
      { sheet: "Kinerja", row: 3, column: "Target", value: 1e308 },
      { sheet: "Kinerja", row: 3, column: "Capaian (%)", value: 1e308 },
      { sheet: "Anggaran", row: 3, column: "Pagu", value: 1e308 },
      { sheet: "Anggaran", row: 3, column: "Realisasi", value: 1e308 },
      { sheet: "Anggaran", row: 4, column: "Realisasi", value: 1e308 },
      { sheet: "Anggaran", row: 5, column: "Pagu", value: -1e308 },
    ]);
    findings = (await checkWorkbook(await openXlsx(input))).findings;
  }, 30_000);

  it("every message prints its numbers (none empty, none 300 digits long)", () => {
    for (const f of findings) {
      expect(f.message).not.toMatch(BLANK_NUMBER);
      expect(f.message).not.toMatch(/\d{1,3}(\.\d{3}){10,}/); // a number printed with 33+ digits
      expect(f.message).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it("stated and expected are finite numbers, text or null; a *_MISMATCH always has its expected number", () => {
    const json = JSON.parse(JSON.stringify(findings)) as typeof findings;
    json.forEach((f, i) => {
      for (const key of ["stated", "expected"] as const) {
        const v = findings[i][key];
        if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
      }
      if (f.rule.endsWith("_MISMATCH") && !["KRITERIA_MISMATCH", "UNIT_MISMATCH"].includes(f.rule))
        expect({ rule: f.rule, cell: f.cell, message: f.message, expected: typeof f.expected }).toEqual({
          rule: f.rule,
          cell: f.cell,
          message: f.message,
          expected: "number",
        });
    });
  });

  it("each 1e308 cell is a NOT_A_NUMBER error that says the number is too large", async () => {
    const huge = findings.filter((f) => f.rule === "NOT_A_NUMBER" && /terlalu besar/.test(f.message));
    const cells = huge.map((f) => `${f.sheet}!${f.cell}`).sort();
    const want = await Promise.all([
      exampleAddress("Kinerja", 2, "Realisasi").then((a) => `Kinerja!${a}`),
      exampleAddress("Kinerja", 3, "Target").then((a) => `Kinerja!${a}`),
      exampleAddress("Kinerja", 3, "Capaian (%)").then((a) => `Kinerja!${a}`),
      exampleAddress("Anggaran", 3, "Pagu").then((a) => `Anggaran!${a}`),
      exampleAddress("Anggaran", 3, "Realisasi").then((a) => `Anggaran!${a}`),
      exampleAddress("Anggaran", 4, "Realisasi").then((a) => `Anggaran!${a}`),
      exampleAddress("Anggaran", 5, "Pagu").then((a) => `Anggaran!${a}`),
    ]);
    expect(cells).toEqual(want.sort());
    expect(huge[0].message).toMatch(/Angka -?1E\+308 terlalu besar/);
  });

  it.each([
    [1e308, 2, "1,00E+308"],
    [-1.5e25, 0, "-2E+25"],
    [1e20, 0, "100.000.000.000.000.000.000"],
    [Infinity, 2, ""],
  ])("formatNumber(%p, %p) → %p", (value, decimals, text) => {
    expect(formatNumber(value, decimals)).toBe(text);
  });
});

describe('an ISO date cell (t="d") in Realisasi is NOT_A_NUMBER, not the year 2024 (capaian 3212 %)', () => {
  it('check flags the cell and computes no capaian from it; generate writes it back as it came (t="d")', async () => {
    const cell = await exampleAddress("Kinerja", 2, "Realisasi");
    const input = await withCellXml(
      await exampleWith([]),
      "sheet3.xml",
      cell,
      `<c r="${cell}" t="d"><v>2024-03-01T00:00:00Z</v></c>`,
    );
    const book = await openXlsx(input);
    const { findings } = await checkWorkbook(book);
    const at = findings.filter((f) => f.sheet === "Kinerja" && f.cell === cell);
    expect(at).toEqual([
      expect.objectContaining({
        rule: "NOT_A_NUMBER",
        message: 'Sel berisi tanggal "2024-03-01", bukan angka',
      }),
    ]);
    expect(findings.map((f) => f.message).join("\n")).not.toMatch(/2\.024 \/|3\.212/);

    await generateReport(book);
    const out = new ExcelJS.Workbook();
    await out.xlsx.load((await book.toBuffer()) as unknown as ExcelJS.Buffer);
    expect(out.getWorksheet("Kinerja")!.getCell(cell).value).toEqual(new Date("2024-03-01T00:00:00Z"));
    const xml = await (
      await JSZip.loadAsync(await book.toBuffer())
    )
      .file("xl/worksheets/sheet3.xml")!
      .async("string");
    expect(xml).toMatch(new RegExp(`<c r="${cell}"[^>]* t="d"><v>2024-03-01T00:00:00.000Z</v></c>`));
  }, 30_000);
});

describe("strings over Excel's 32,767-character cell limit are cut with a note in the report", () => {
  it("fitCellText keeps short text, cuts long text to the limit and says how long it was", () => {
    expect(fitCellText("Persentase UMKM")).toBe("Persentase UMKM");
    const cut = fitCellText("x".repeat(40_000));
    expect(cut.length).toBe(MAX_CELL_TEXT);
    expect(cut).toMatch(/ … \[dipotong: teks asli 40\.000 karakter, batas sel Excel 32\.767\]$/);
    const emoji = fitCellText("😀".repeat(20_000));
    expect(emoji.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no half surrogate pair
  });

  it("a 40,000-character indicator name: every report cell fits, the name is cut with the note", async () => {
    const long = `Persentase ${"sangat ".repeat(6000)}panjang`;
    const book = await openXlsx(
      await exampleWith([{ sheet: "Kinerja", row: 2, column: "Indikator Kinerja", value: long }]),
    );
    const result = await generateReport(book);
    const out = new ExcelJS.Workbook();
    await out.xlsx.load((await book.toBuffer()) as unknown as ExcelJS.Buffer);
    let cut = 0;
    for (const { name } of result.sheets)
      out.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((c) => {
          const text = typeof c.value === "string" ? c.value : ((c.value as { text?: string })?.text ?? "");
          expect(text.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
          if (text.includes("[dipotong: teks asli")) cut++;
        }),
      );
    expect(cut).toBeGreaterThan(0);
  }, 30_000);
});
