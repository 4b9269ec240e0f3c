/**
 * Adversarial input workbooks for the robustness suite: the kinds of issue 13 (numbers at their edges,
 * dates, texts too long, structures a user makes) and random cell mutations of the bundled example.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { EXAMPLE_INPUT } from "../../src/cli/demo";
import { withCellXml } from "../support/example-edits";

export type Adversary = { name: string; build: () => Promise<Buffer> };

const LIBREOFFICE = path.join(__dirname, "..", "fixtures", "libreoffice", "contoh-disimpan-libreoffice.xlsx");

async function example(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE_INPUT);
  return wb;
}

async function bytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function edited(change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = await example();
  change(wb);
  return bytes(wb);
}

/** Values a cell may hold that have broken something before (issue 13) or could. */
const NASTY: ExcelJS.CellValue[] = [
  1e308,
  -1e308,
  5e-324,
  -0,
  0,
  -1,
  1e15,
  1e17 + 1, // past 2^53: not every integer is a double
  "9".repeat(400),
  "x".repeat(33_000),
  "",
  " ",
  "-",
  "=1+1",
  "@x",
  "70.95",
  "1.234,5",
  "Rp. 12.151.893.026,-",
  "17,65 %",
  "(1.402.374.992)",
  "😀 Indikator",
  "BB",
  "70–80",
  true,
  new Date(Date.UTC(2024, 2, 1)),
  { error: "#DIV/0!" } as ExcelJS.CellErrorValue,
  { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue,
  { formula: "A1" } as ExcelJS.CellFormulaValue,
  { richText: [{ text: "Persentase " }, { text: "UMKM", font: { bold: true } }] },
  { text: "tautan", hyperlink: "https://example.go.id" },
];

const cellValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.double({ noNaN: true }) },
  { weight: 1, arbitrary: fc.integer() },
  {
    weight: 1,
    arbitrary: fc.string({ maxLength: 30 }).filter((s) => ![...s].some((ch) => ch.charCodeAt(0) < 32)),
  },
);

/** A mutation: some cells of Kinerja (rows 2–9, columns A–AG) and Anggaran (rows 2–61, A–I) replaced. */
const mutation = fc.array(
  fc.oneof(
    fc.record({
      sheet: fc.constant("Kinerja"),
      row: fc.integer({ min: 1, max: 10 }),
      col: fc.integer({ min: 1, max: 33 }),
      value: cellValue,
    }),
    fc.record({
      sheet: fc.constant("Anggaran"),
      row: fc.integer({ min: 1, max: 62 }),
      col: fc.integer({ min: 1, max: 9 }),
      value: cellValue,
    }),
  ),
  { minLength: 1, maxLength: 12 },
);

/** `count` random mutations of the example, the same ones every run (fixed seed). */
export function randomMutations(count: number, seed = 13): Adversary[] {
  return fc.sample(mutation, { numRuns: count, seed }).map((edits, i) => ({
    name: `mutation ${i + 1}: ${edits.map((e) => `${e.sheet}!R${e.row}C${e.col}=${JSON.stringify(e.value)?.slice(0, 24)}`).join(", ")}`,
    build: () =>
      edited((wb) => {
        for (const e of edits) wb.getWorksheet(e.sheet)!.getCell(e.row, e.col).value = e.value;
      }),
  }));
}

/** The hand-picked kinds: each once. */
export const ADVERSARIES: Adversary[] = [
  { name: "the bundled example", build: async () => fs.readFileSync(EXAMPLE_INPUT) },
  {
    name: "saved by LibreOffice Calc (tables without style)",
    build: async () => fs.readFileSync(LIBREOFFICE),
  },
  {
    name: 'ISO date cell (t="d") in Realisasi',
    build: async () =>
      withCellXml(
        await bytes(await example()),
        "sheet3.xml",
        "P2",
        '<c r="P2" t="d"><v>2024-03-01T00:00:00Z</v></c>',
      ),
  },
  {
    name: "1e308, negatives and zeros in every number column of one row",
    build: () =>
      edited((wb) => {
        const k = wb.getWorksheet("Kinerja")!;
        for (let c = 7; c <= 30; c++) k.getCell(2, c).value = [1e308, -1, 0, -1e308][c % 4];
        const a = wb.getWorksheet("Anggaran")!;
        for (let c = 6; c <= 9; c++) a.getCell(3, c).value = [1e308, -1, 0, -5][c % 4];
      }),
  },
  {
    name: "texts longer than a cell in names and analysis",
    build: () =>
      edited((wb) => {
        const k = wb.getWorksheet("Kinerja")!;
        k.getCell("B2").value = "s".repeat(40_000);
        k.getCell("C2").value = "i".repeat(40_000);
        k.getCell("AF2").value = "a".repeat(40_000);
      }),
  },
  {
    name: "input sheets renamed, one deleted, one hidden",
    build: () =>
      edited((wb) => {
        wb.getWorksheet("Kinerja")!.name = "Data Kinerja 2024";
        wb.removeWorksheet(wb.getWorksheet("Skala")!.id);
        wb.getWorksheet("Profil")!.state = "hidden";
      }),
  },
  {
    name: "user sheets named like every report sheet",
    build: () =>
      edited((wb) => {
        for (const name of ["Ringkasan", "Capaian Kinerja", "Pemeriksaan", "~sakip 1"])
          wb.addWorksheet(name).getCell("A1").value = `catatan ${name}`;
      }),
  },
  {
    name: "every data cell of Anggaran cleared",
    build: () =>
      edited((wb) => {
        const a = wb.getWorksheet("Anggaran")!;
        a.eachRow((row, n) => {
          if (n > 1) row.eachCell((c) => (c.value = null));
        });
      }),
  },
  {
    name: "a workbook with one empty sheet",
    build: async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Sheet1");
      return bytes(wb);
    },
  },
  {
    name: "headers merged and duplicated",
    build: () =>
      edited((wb) => {
        const k = wb.getWorksheet("Kinerja")!;
        k.getCell("H1").value = "Target";
        k.getCell("Q1").value = "Realisasi";
        k.mergeCells("A1:C1");
      }),
  },
];
