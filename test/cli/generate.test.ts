/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS cells, not Office.js proxies */
/**
 * `sakip demo` / `sakip generate` end to end on real files: the report's numbers are the engine's,
 * the input is never touched, regenerating is stable, and a user's sheet keeps its name.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { EXAMPLE_INPUT } from "../../src/cli/demo";
import { openXlsx } from "../../src/adapters/xlsx";
import { readModel } from "../../src/workbook";
import { evaluateIndikator, evaluateAnggaran, resolveScale } from "../../src/engine/evaluate";
import { kemajuan } from "../../src/engine/compare";
import { serapan } from "../../src/engine/anggaran";

const INPUT_SHEETS = ["Petunjuk", "Profil", "Kinerja", "Anggaran", "Skala"];
const REPORT_SHEETS = [
  "Ringkasan",
  "Perjanjian Kinerja",
  "Skala Kriteria",
  "Capaian Kinerja",
  "Perbandingan Tahun",
  "Kemajuan Renstra",
  "Analisis",
  "Efisiensi",
  "Realisasi Anggaran",
  "Pemeriksaan",
];

function captureIo(): CliIo & { text: () => string } {
  const lines: string[] = [];
  return { out: (s) => lines.push(s), err: (s) => lines.push(s), color: false, text: () => lines.join("\n") };
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Data rows of a report table: from the row after the "(1) (2) …" row to the first row whose column B is empty. */
function tableRows(ws: ExcelJS.Worksheet, header: string): { header: string[]; rows: ExcelJS.CellValue[][] } {
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (!headerRow && row.getCell(1).value === "No." && (row.values as ExcelJS.CellValue[]).includes(header))
      headerRow = n;
  });
  expect(headerRow).toBeGreaterThan(0);
  const names = (ws.getRow(headerRow).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = headerRow + 2; r <= ws.rowCount; r++) {
    const values = (ws.getRow(r).values as ExcelJS.CellValue[]).slice(1);
    if (values[1] === undefined || values[1] === null || String(values[1]).startsWith("Sumber")) break;
    rows.push(values);
  }
  return { header: names, rows };
}

function column(table: { header: string[] }, name: string): number {
  const i = table.header.indexOf(name);
  expect(i).toBeGreaterThanOrEqual(0);
  return i;
}

function cellsOf(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) =>
      out.push(`${c.address}=${JSON.stringify(c.value)}|${c.numFmt ?? ""}`),
    ),
  );
  return out;
}

const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

describe("sakip demo: the bundled example becomes a report whose numbers are the engine's", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-demo-"));
  const out = path.join(dir, "LKjIP-contoh.xlsx");
  let report: ExcelJS.Workbook;
  let io: ReturnType<typeof captureIo>;
  let code: number;
  const model = (async () => readModel(await (await openXlsx(EXAMPLE_INPUT)).readSheets()))();

  beforeAll(async () => {
    io = captureIo();
    code = await main(["demo", "-o", out], io);
    report = await load(out);
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("exits 0, prints the summary and writes the input sheets plus every report sheet", () => {
    expect(code).toBe(0);
    expect(io.text()).toMatch(
      /Indikator per kriteria: Sangat Tinggi 3, Tinggi 0, Sedang 0, Rendah 0, Sangat Rendah 1/,
    );
    expect(io.text()).toMatch(/Serapan anggaran total: 49,14%/);
    expect(io.text()).toMatch(/Pemeriksaan: 50 kesalahan/);
    expect(report.worksheets.map((w) => w.name)).toEqual([...INPUT_SHEETS, ...REPORT_SHEETS]);
  });

  it("Capaian Kinerja: every capaian and kriteria equals evaluateIndikator on the input row", async () => {
    const m = await model;
    const scale = resolveScale(m);
    if (!scale.ok) throw new Error(scale.message);
    const table = tableRows(report.getWorksheet("Capaian Kinerja")!, "Capaian (%)");
    const [ci, ki, ii] = [
      column(table, "Capaian (%)"),
      column(table, "Kriteria"),
      column(table, "Indikator Kinerja"),
    ];
    expect(table.rows).toHaveLength(4);
    for (const row of table.rows) {
      const ind = m.indikator.find(
        (x) => x.indikator?.text === row[ii] && x.target?.num !== undefined && x.realisasi,
      );
      const ev = evaluateIndikator(ind!, { scale: scale.value, tahun: m.tahun });
      expect(ev.capaian.ok && row[ci]).toBe(ev.capaian.ok && ev.capaian.value);
      expect(row[ki]).toBe(ev.kriteria?.label);
    }
  });

  it("Kemajuan Renstra: every tingkat kemajuan equals the engine's kemajuan (004 Tabel 3.4)", () => {
    const table = tableRows(report.getWorksheet("Kemajuan Renstra")!, "Tingkat Kemajuan (%)");
    const [r, t, k] = [
      column(table, "Realisasi Kinerja"),
      column(table, "Target Akhir Renstra"),
      column(table, "Tingkat Kemajuan (%)"),
    ];
    expect(table.rows.map((row) => Math.round((row[k] as number) * 100) / 100)).toEqual([
      86.42, 92.27, 10.8, 89.81,
    ]);
    for (const row of table.rows) {
      const expected = kemajuan({ realisasi: row[r] as number, targetAkhir: row[t] as number });
      expect(expected.ok && row[k]).toBe(expected.ok && expected.value);
    }
  });

  it("Realisasi Anggaran: every serapan is realisasi / pagu, every sisa pagu − realisasi, the total is the engine's roll-up", async () => {
    const table = tableRows(report.getWorksheet("Realisasi Anggaran")!, "Serapan (%)");
    const [p, r, s, sisa] = [
      column(table, "Anggaran (Rp)"),
      column(table, "Realisasi (Rp)"),
      column(table, "Serapan (%)"),
      column(table, "Sisa Anggaran (Rp)"),
    ];
    for (const row of table.rows) {
      const expected = serapan(row[p] as number, row[r] as number);
      expect(expected.ok && row[s]).toBe(expected.ok && expected.value);
      expect(row[sisa]).toBe((row[p] as number) - (row[r] as number));
    }
    const total = table.rows.at(-1)!;
    expect(total[1]).toBe("Jumlah");
    const programs = evaluateAnggaran(await model).filter((e) => e.row.tingkat === "program");
    expect(total[p]).toBe(programs.reduce((sum, e) => sum + (e.pagu ?? 0), 0));
    expect([total[p], total[r], total[sisa]]).toEqual([9865481222, 4847956007, 5017525215]);
  });

  it("never changes the input sheets: values and number formats are identical to the input file", async () => {
    const input = await load(EXAMPLE_INPUT);
    for (const name of INPUT_SHEETS)
      expect(cellsOf(report.getWorksheet(name)!)).toEqual(cellsOf(input.getWorksheet(name)!));
  });

  it("writes numbers as numbers with a number format, never as text", () => {
    const ws = report.getWorksheet("Realisasi Anggaran")!;
    const cell = ws.getCell("C6");
    expect(typeof cell.value).toBe("number");
    expect(cell.numFmt).toBe("#,##0");
  });
});

describe("sakip generate: safe with the user's files and sheets", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-gen-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("never overwrites its input: without -o it writes <name>-LKjIP.xlsx beside it", async () => {
    const input = path.join(dir, "laporan.xlsx");
    fs.copyFileSync(EXAMPLE_INPUT, input);
    const before = sha(input);
    expect(await main(["generate", input], captureIo())).toBe(0);
    expect(sha(input)).toBe(before);
    expect(fs.existsSync(path.join(dir, "laporan-LKjIP.xlsx"))).toBe(true);
  }, 60_000);

  it("regenerating from its own output replaces only its sheets and gives identical report sheets", async () => {
    const first = path.join(dir, "satu.xlsx");
    const second = path.join(dir, "dua.xlsx");
    expect(await main(["generate", EXAMPLE_INPUT, "-o", first], captureIo())).toBe(0);
    expect(await main(["generate", first, "-o", second], captureIo())).toBe(0);
    const [a, b] = [await load(first), await load(second)];
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    for (const name of REPORT_SHEETS)
      expect(cellsOf(b.getWorksheet(name)!)).toEqual(cellsOf(a.getWorksheet(name)!));
  }, 60_000);

  it("keeps a user's sheet that has a report sheet's name and says where the report went", async () => {
    const wb = await load(EXAMPLE_INPUT);
    wb.addWorksheet("Capaian Kinerja").getCell("A1").value = "catatan saya";
    const input = path.join(dir, "punya-sheet.xlsx");
    await wb.xlsx.writeFile(input);
    const io = captureIo();
    expect(await main(["generate", input, "-o", path.join(dir, "hasil.xlsx")], io)).toBe(0);
    const out = await load(path.join(dir, "hasil.xlsx"));
    expect(out.getWorksheet("Capaian Kinerja")!.getCell("A1").value).toBe("catatan saya");
    expect(out.getWorksheet("Capaian Kinerja (2)")!.getCell("A1").value).toMatch(
      /^Tabel 3.2 Capaian Kinerja/,
    );
    expect(io.text()).toContain(
      "lembar 'Capaian Kinerja' milik pengguna tidak diubah; laporan ditulis ke 'Capaian Kinerja (2)'",
    );
  }, 60_000);

  it.each<[string, (d: string) => string[], RegExp]>([
    ["missing file", (d) => ["generate", path.join(d, "tidak-ada.xlsx")], /File tidak ditemukan/],
    [
      "not an xlsx",
      (d) => (fs.writeFileSync(path.join(d, "x.xlsx"), "bukan zip"), ["generate", path.join(d, "x.xlsx")]),
      /bukan buku kerja Excel .xlsx/,
    ],
    [
      "two inputs",
      (d) => ["generate", path.join(d, "a.xlsx"), path.join(d, "b.xlsx")],
      /tepat satu file masukan/,
    ],
    ["bad year", () => ["generate", EXAMPLE_INPUT, "--tahun", "dua ribu"], /--tahun harus tahun empat angka/],
    ["bad cap", () => ["generate", EXAMPLE_INPUT, "--batas=-5"], /--batas harus angka positif/],
    [
      "option value that looks like an option",
      () => ["generate", EXAMPLE_INPUT, "--batas", "-5"],
      /Nilai untuk --batas tidak sah/,
    ],
    [
      "option without its value",
      () => ["generate", EXAMPLE_INPUT, "--tahun"],
      /Nilai untuk --tahun tidak sah atau tidak ada/,
    ],
    ["unknown option", () => ["generate", EXAMPLE_INPUT, "--warna"], /Opsi tidak dikenal: --warna/],
    ["extra argument to demo", () => ["demo", "lebih"], /Argumen berlebih: lebih/],
    ["unknown command", () => ["buat"], /Perintah tidak dikenal: 'buat'/],
  ])("%s → exit 2 with an Indonesian message", async (_rule, args, message) => {
    const io = captureIo();
    expect(await main(args(dir), io)).toBe(2);
    expect(io.text()).toMatch(message);
  });
});

describe("bin/sakip.js: the installed command", () => {
  it("restarts node with its runtime flags and passes on the exit code", () => {
    const { spawnSync } = require("node:child_process") as typeof import("node:child_process");
    const bin = path.join(__dirname, "..", "..", "bin", "sakip.js");
    const help = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^sakip — hitung, periksa dan susun LKjIP/);
    const unknown = spawnSync(process.execPath, [bin, "frob"], { encoding: "utf8" });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Perintah tidak dikenal: 'frob'/);
  });
});
