/**
 * Issue 13, "never lose work": what a user did to the report sheets survives a regenerate. A report
 * sheet they renamed is theirs; text they typed into a report sheet is kept in a "(lama)" copy; both
 * are said.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { EXAMPLE_INPUT } from "../../src/cli/demo";
import { typedCells } from "../../src/jobs/typed-cells";
import type { SheetSpec } from "../../src/engine/model/sheet-spec";
import type { SheetGrid } from "../../src/workbook/port";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-edits-"));
const at = (name: string) => path.join(dir, name);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function sakip(args: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const push = (s: string) => lines.push(s);
  const code = await main(args, { out: push, err: push, color: false });
  return { code, text: lines.join("\n") };
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function values(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(`${c.address}=${JSON.stringify(c.value)}`)));
  return out;
}

/** The first data row's cell under a header of the Analisis table. */
function cellUnder(ws: ExcelJS.Worksheet, header: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (!found && c.value === header) found = c;
    }),
  );
  // A cell of that column the report leaves blank: an indicator's empty Analisis, else a note
  // typed under the table (the example fills Analisis where seed 004 prints it).
  for (let r = Number(found!.row) + 2; r <= ws.rowCount; r++) {
    const cell = ws.getCell(r, Number(found!.col));
    const left = ws.getCell(r, 1).value;
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- an ExcelJS cell, not Office.js
    if ((cell.value ?? null) === null && left !== null && left !== undefined) return cell;
  }
  return ws.getCell(ws.rowCount + 2, Number(found!.col));
}

beforeAll(async () => {
  expect((await sakip(["generate", EXAMPLE_INPUT, "-o", at("pertama.xlsx")])).code).toBe(0);
}, 60_000);

describe("a renamed report sheet is the user's now", () => {
  it("'Ringkasan versi lama' is kept unchanged on regenerate, a new Ringkasan is written, the user is told", async () => {
    const before = values((await load(at("pertama.xlsx"))).getWorksheet("Ringkasan")!);
    // Renamed as Excel does it: the sheet and every defined name referring to it, the hidden tag included.
    const zip = await JSZip.loadAsync(fs.readFileSync(at("pertama.xlsx")));
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    expect(xml).toMatch(/<definedName name="_SAKIP_report_ringkasan"[^>]*>'?Ringkasan'?!\$A\$1</);
    zip.file(
      "xl/workbook.xml",
      xml
        .replace(/(<sheet [^>]*name=")Ringkasan"/, '$1Ringkasan versi lama"')
        .replace(/>'?Ringkasan'?!\$A\$1</, ">'Ringkasan versi lama'!$A$1<"),
    );
    fs.writeFileSync(at("diganti-nama.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));

    const r = await sakip(["generate", at("diganti-nama.xlsx"), "-o", at("kedua.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.text).toMatch(/lembar 'Ringkasan versi lama' dulu dibuat add-in .* milik Anda/);
    const out = await load(at("kedua.xlsx"));
    expect(values(out.getWorksheet("Ringkasan versi lama")!)).toEqual(before);
    expect(values(out.getWorksheet("Ringkasan")!)).toEqual(before);

    // And again: still theirs, still one copy.
    expect((await sakip(["generate", at("kedua.xlsx"), "-o", at("ketiga.xlsx")])).code).toBe(0);
    const names = (await load(at("ketiga.xlsx"))).worksheets.map((w) => w.name);
    expect(names.filter((n) => n.startsWith("Ringkasan"))).toEqual(["Ringkasan versi lama", "Ringkasan"]);
  }, 60_000);
});

describe("text a user typed into a report cell is not wiped without a word", () => {
  it("the old Analisis is kept as 'Analisis (lama)' with the typed text; the message names the cell", async () => {
    const wb = await load(at("pertama.xlsx"));
    const cell = cellUnder(wb.getWorksheet("Analisis")!, "Analisis Keberhasilan/ Kegagalan");
    expect(cell.value ?? null).toBeNull(); // the report leaves it as a form to fill in
    cell.value = "Target tercapai karena pendampingan koperasi.";
    await wb.xlsx.writeFile(at("diketik.xlsx"));

    const r = await sakip(["generate", at("diketik.xlsx"), "-o", at("diketik-baru.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.text).toContain(`lembar laporan 'Analisis' berisi isian Anda (${cell.address})`);
    expect(r.text).toContain("disimpan sebagai 'Analisis (lama)'");
    const out = await load(at("diketik-baru.xlsx"));
    expect(out.getWorksheet("Analisis (lama)")!.getCell(cell.address).value).toBe(
      "Target tercapai karena pendampingan koperasi.",
    );
    expect(out.getWorksheet("Analisis")!.getCell(cell.address).value ?? null).toBeNull();
    // The other report sheets had nothing typed: replaced, no copies.
    expect(out.worksheets.filter((w) => w.name.endsWith("(lama)")).map((w) => w.name)).toEqual([
      "Analisis (lama)",
    ]);
  }, 60_000);

  it("regenerating an unchanged report keeps no copies", async () => {
    const r = await sakip(["generate", at("pertama.xlsx"), "-o", at("ulang.xlsx")]);
    expect(r.text).not.toContain("(lama)");
    expect((await load(at("ulang.xlsx"))).worksheets.some((w) => w.name.includes("(lama)"))).toBe(false);
  }, 60_000);
});

describe("typedCells: which old cells the user typed", () => {
  const spec = (rows: (string | number | null)[][]): SheetSpec => ({
    key: "analisis",
    name: "Analisis",
    role: "report",
    blocks: [{ at: "A1", rows }],
    numberFormats: [],
    formats: [],
    merges: [],
    columnWidths: [],
  });
  const grid = (rows: (string | number | null)[][]): SheetGrid => ({
    name: "Analisis",
    origin: { row: 1, col: 1 },
    rows: rows.map((r) => r.map((v) => (v === null ? null : { v }))),
  });
  const table = [
    ["No.", "Indikator", "Capaian", "Analisis"],
    [1, "Persentase koperasi aktif", 96.73, null],
    [2, "Jumlah UMKM naik kelas", 110, null],
  ];
  it.each<[string, (string | number | null)[][], (string | number | null)[][], string[]]>([
    ["unchanged", table, table, []],
    [
      "typed into the empty column of a row the report writes again",
      [table[0], [1, "Persentase koperasi aktif", 96.73, "tercapai"], table[2]],
      table,
      ["D2"],
    ],
    ["a note below an unchanged table", [...table, [null, "catatan kepala dinas"]], table, ["B4"]],
    [
      "data changed and the table shrank: moved rows are not guessed at",
      table,
      [table[0], [1, "Persentase koperasi aktif", 90, null]],
      [],
    ],
    [
      "data changed elsewhere; typed text in an unchanged row is still found",
      [table[0], [1, "Persentase koperasi aktif", 96.73, "tercapai"], table[2]],
      [table[0], table[1], [2, "Jumlah UMKM naik kelas", 95, null]],
      ["D2"],
    ],
  ])("%s", (_name, old, next, typed) => {
    expect(typedCells(grid(old), spec(next))).toEqual(typed);
  });
});

describe("-o naming an earlier report whose report sheets hold typed text does not wipe it", () => {
  it("refuses with exit 2, names the sheet and cell, leaves the file as it was; an untouched report is replaced", async () => {
    const wb = await load(at("pertama.xlsx"));
    const cell = cellUnder(wb.getWorksheet("Analisis")!, "Solusi yang Dilakukan");
    cell.value = "Pendampingan diperluas ke 12 kecamatan.";
    await wb.xlsx.writeFile(at("laporan-diketik.xlsx"));
    const before = fs.readFileSync(at("laporan-diketik.xlsx"));

    const r = await sakip(["generate", EXAMPLE_INPUT, "-o", at("laporan-diketik.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.text).toContain(
      `tidak ditimpa: lembar laporannya berisi isian Anda: Analisis (${cell.address})`,
    );
    expect(r.text).toMatch(/sakip generate .*laporan-diketik\.xlsx -o <nama baru>\.xlsx/);
    expect(fs.readFileSync(at("laporan-diketik.xlsx")).equals(before)).toBe(true);

    fs.copyFileSync(at("pertama.xlsx"), at("laporan-bersih.xlsx"));
    expect((await sakip(["generate", EXAMPLE_INPUT, "-o", at("laporan-bersih.xlsx")])).code).toBe(0);
  }, 60_000);
});
