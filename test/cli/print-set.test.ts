/**
 * `sakip demo` writes a report an agency head can sign (issue 11), read back from the file: every report sheet has a
 * running title and page numbers and repeats its header (print titles, or a continued table's header written again),
 * prints at 9 pt or more, has no error text in any cell, compares n−2, n−1 and n, ends the PK with its signatures, fills
 * Analisis and prints Efisiensi per indicator with a total row.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { REPORT_SHEETS } from "../../src/report";

const silent: CliIo = { out: () => undefined, err: () => undefined, color: false };

// ExcelJS's `text` throws on the covered cells of a merge whose first cell is empty.
function textOf(c: ExcelJS.Cell): string {
  const v = c.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "text" in v) return String(v.text);
  return typeof v === "object" ? "" : String(v);
}

function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(textOf(c))));
  return out;
}

function rowOf(ws: ExcelJS.Worksheet, text: string): ExcelJS.Row | undefined {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (!found && row.values && (row.values as unknown[]).includes(text)) found = row;
  });
  return found;
}

describe("sakip demo: a print set an agency head can sign", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-print-"));
  const out = path.join(dir, "LKjIP-contoh.xlsx");
  const book = new ExcelJS.Workbook();
  beforeAll(async () => {
    expect(await main(["demo", "-o", out], silent)).toBe(0);
    await book.xlsx.readFile(out);
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const report = () =>
    book.worksheets.filter((w) => (Object.values(REPORT_SHEETS) as string[]).includes(w.name));

  it("every report sheet: running title, 'Halaman &P dari &N', A4 at a zoom that prints 11 pt at 9 pt or more", () => {
    expect(report().length).toBeGreaterThanOrEqual(10);
    for (const ws of report()) {
      expect({ sheet: ws.name, footer: ws.headerFooter.oddFooter }).toEqual({
        sheet: ws.name,
        footer: expect.stringContaining("Halaman &P dari &N"),
      });
      expect(ws.headerFooter.oddHeader).toMatch(/^&C.+/);
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.fitToPage).toBe(false);
      expect((ws.pageSetup.scale ?? 100) * 0.11).toBeGreaterThanOrEqual(9);
    }
  });

  it("every sheet of one table repeats its header rows; a table continued on a new page has its header again", () => {
    for (const ws of report()) {
      const continued = texts(ws).filter((t) => t.endsWith("(lanjutan)"));
      if (ws.pageSetup.printTitlesRow) expect(ws.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
      else
        for (const caption of continued) {
          const row = rowOf(ws, caption)!;
          expect(textOf(ws.getRow(row.number + 1).getCell(1))).toBe("No.");
        }
    }
    expect(report().filter((ws) => ws.pageSetup.printTitlesRow).length).toBeGreaterThanOrEqual(6);
  });

  it("no cell holds error text: an empty result prints – with its reason in the cell's note", () => {
    for (const ws of report())
      for (const t of texts(ws)) expect(t).not.toMatch(/^#(N\/A|DIV\/0!|VALUE!|REF!|NUM!)/);
    const perbandingan = book.getWorksheet("Perbandingan Tahun")!;
    let dash: ExcelJS.Cell | undefined;
    perbandingan.eachRow((row) => row.eachCell((c) => (dash ??= textOf(c) === "–" ? c : undefined)));
    expect(dash?.note).toBeTruthy();
  });

  it("Perbandingan Tahun compares 2022, 2023 and the reporting year 2024", () => {
    const all = texts(book.getWorksheet("Perbandingan Tahun")!);
    for (const y of ["Tahun 2022", "Tahun 2023", "Tahun 2024"]) expect(all).toContain(y);
  });

  it("the Perjanjian Kinerja ends with its signatures: place and date, Pihak Kedua, Pihak Pertama with name and NIP", () => {
    const all = texts(book.getWorksheet("Perjanjian Kinerja")!);
    for (const t of [
      "Tembilahan, 06 Januari 2025",
      "PIHAK KEDUA,",
      "PIHAK PERTAMA,",
      "Ir. H. HILYANTO, MT",
      "NIP. 19650101 199303 1 014",
      "73 (BB)",
    ])
      expect(all).toContain(t);
  });

  it("Analisis is filled for every indicator, the Sangat Rendah one included", () => {
    const ws = book.getWorksheet("Analisis")!;
    const row = rowOf(ws, "Pertumbuhan Usaha Kecil Menengah baru")!;
    expect(textOf(row.getCell(8))).toMatch(/^Sangat Rendahnya capaian/);
    expect(textOf(row.getCell(9))).toMatch(/^Berbagai program pemberdayaan/);
  });

  it("Efisiensi has a row per indicator and a total row", () => {
    const all = texts(book.getWorksheet("Efisiensi")!);
    for (const name of [
      "Persentase UMKM dan Koperasi yang Naik Skala Usaha",
      "Persentase Koperasi yang aktif",
      "Pertumbuhan Usaha Kecil Menengah baru",
      "Nilai AKIP Dinas Koperasi Dan Usaha Kecil Dan Menengah Kab. Inhil",
    ])
      expect(all).toContain(name);
    expect(all.some((t) => t.startsWith("Jumlah"))).toBe(true);
    expect(all).toContain("tidak efisien");
  });
});
