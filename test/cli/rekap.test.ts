/**
 * Issue 13 item 3, `sakip rekap`: many agencies' workbooks into one consolidation workbook. The figures of
 * every row are compared with checkWorkbook and evaluateWorkbook run directly on the same file; bad files
 * keep their row with the reason; the Temuan sheet holds every finding; exit codes 0/1/2.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { sakip, type Run } from "./run";
import { EXAMPLE_INPUT } from "../../src/cli/demo";
import { openXlsx } from "../../src/adapters/xlsx";
import { checkWorkbook } from "../../src/jobs/check-workbook";
import { readInputs } from "../../src/jobs/read-inputs";
import { evaluateWorkbook, kriteriaCounts } from "../../src/engine/evaluate";
import { quoteSheet } from "../../src/engine/sheet/a1";
import type { RekapAgency } from "../../src/report/rekap";
import type { Finding } from "../../src/engine/check/finding";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-rekap-"));
const at = (...p: string[]) => path.join(root, ...p);
const AGENCIES = 50;
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** A minimal OLE compound file naming one stream, as an encrypted .xlsx is (see exit-codes.test.ts). */
const ole = (stream: string) =>
  Buffer.concat([OLE, Buffer.alloc(504), Buffer.from(stream, "utf16le"), Buffer.alloc(64)]);
const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const agencyFile = (i: number) => at("opd", `opd-${String(i).padStart(2, "0")}.xlsx`);
/** Every tenth agency leaves Nama Instansi empty: its row is then named after its file. */
const agencyName = (i: number) => (i % 10 === 0 ? null : `Dinas Uji Coba ${i}`);

/** The example with this agency's name, one indikator's realisasi and one sub kegiatan's realisasi changed. */
async function writeAgencies(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE_INPUT);
  for (let i = 1; i <= AGENCIES; i++) {
    wb.getWorksheet("Profil")!.getCell("B4").value = agencyName(i);
    wb.getWorksheet("Kinerja")!.getCell("P2").value = 40 + i;
    wb.getWorksheet("Anggaran")!.getCell("H4").value = 109_549_740 - i * 1_000_000;
    fs.writeFileSync(agencyFile(i), Buffer.from(await wb.xlsx.writeBuffer()));
  }
}

/** A small workbook without any inconsistency: one indicator whose stated capaian is right. */
async function cleanWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kinerja");
  ws.addRow(["Kode", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]);
  ws.addRow(["1", "Persentase layanan tepat waktu", "Persen", 80, 80, 100]);
  ws.addRow(["2", "Indeks kepuasan masyarakat", "Indeks", 80, 60, 75]);
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

beforeAll(async () => {
  fs.mkdirSync(at("opd"));
  await writeAgencies();
  // Random bytes with a name ending in .xlsx (the first byte makes sure it is neither a zip nor OLE).
  fs.writeFileSync(
    at("opd", "rusak.xlsx"),
    Buffer.concat([Buffer.from("x"), Buffer.from(randomBytes(4000))]),
  );
  fs.writeFileSync(at("opd", "terkunci.xlsx"), ole("EncryptionInfo"));
  fs.mkdirSync(at("bersih"));
  await cleanWorkbook(at("bersih", "a.xlsx"));
  await cleanWorkbook(at("bersih", "b.xlsx"));
  fs.mkdirSync(at("kecil"));
  for (const i of [1, 2, 3]) fs.copyFileSync(agencyFile(i), at("kecil", path.basename(agencyFile(i))));
  fs.mkdirSync(at("lain"));
}, 60_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function randomBytes(n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  let seed = 13;
  for (let i = 0; i < n; i++) bytes[i] = (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) & 0xff;
  return bytes;
}

/** What checkWorkbook and evaluateWorkbook say of one file, run directly without the rekap. */
async function direct(file: string) {
  const check = await checkWorkbook(await openXlsx(file));
  const { model, options } = await readInputs(await openXlsx(file));
  const e = evaluateWorkbook(model, options);
  const value = (r: { ok: boolean; value?: number } | null | undefined) => (r?.ok ? r.value : null);
  return {
    check,
    e,
    row: {
      indikator: e.kinerja.length,
      rataCapaian: value(e.agency.capaian),
      pagu: e.totals?.pagu ?? null,
      realisasi: e.totals?.realisasi ?? null,
      serapan: value(e.totals?.serapan),
      sisa: value(e.totals?.sisa),
      efisiensi: value(e.agency.efisiensi),
      kesalahan: check.summary.errors,
      peringatan: check.summary.warnings,
      kriteria: kriteriaCounts(e.kinerja, e.scale),
    },
  };
}

/** A sheet as objects keyed by its header row (row 1). */
async function sheetRows(file: string, name: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name)!;
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row: Record<string, ExcelJS.CellValue> = {};
    headers.forEach((h, c) => (row[h] = ws.getRow(r).getCell(c + 1).value));
    rows.push(row);
  }
  return rows;
}

const plain = (v: ExcelJS.CellValue) =>
  v !== null && typeof v === "object" && "text" in v ? (v as { text: string }).text : (v ?? null);

describe("sakip rekap over 50 agencies, a damaged and an encrypted file", () => {
  let run: Run;
  let json: { files: RekapAgency[]; summary: Record<string, number> };
  const output = at("opd", "rekap.xlsx");
  beforeAll(async () => {
    run = await sakip(["rekap", at("opd"), "-o", output, "--json"]);
    json = JSON.parse(run.out);
  }, 60_000);

  it("exit 2 (two files unusable), the workbook still written, progress n/N on stderr", () => {
    expect(run.code).toBe(2);
    expect(fs.existsSync(output)).toBe(true);
    expect(run.err).toMatch(/Membaca 52\/52 berkas/);
    expect(json.files).toHaveLength(AGENCIES + 2);
  });

  it("Rekap: every agency's totals equal checkWorkbook and evaluateWorkbook run directly", async () => {
    const rows = await sheetRows(output, "Rekap");
    expect(rows).toHaveLength(AGENCIES + 2);
    for (let i = 1; i <= AGENCIES; i++) {
      const file = agencyFile(i);
      const { row: want } = await direct(file);
      const row = rows.find((r) => r["Berkas"] === file)!;
      expect(row).toBeDefined();
      expect(row["Instansi"]).toBe(agencyName(i) ?? path.basename(file, ".xlsx"));
      expect(row["Tahun"]).toBe(2024);
      expect(row["Jumlah indikator"]).toBe(want.indikator);
      expect(row["Rata-rata capaian (%)"]).toBeCloseTo(want.rataCapaian!, 9);
      expect(row["Pagu (Rp)"]).toBe(want.pagu);
      expect(row["Realisasi anggaran (Rp)"]).toBe(want.realisasi);
      expect(row["Serapan (%)"]).toBeCloseTo(want.serapan!, 9);
      expect(row["Sisa anggaran (Rp)"]).toBe(want.sisa);
      expect(row["Efisiensi"]).toBeCloseTo(want.efisiensi!, 9);
      expect(row["Kesalahan"]).toBe(want.kesalahan);
      expect(row["Peringatan"]).toBe(want.peringatan);
      for (const [label, n] of Object.entries(want.kriteria)) expect(row[`Indikator ${label}`]).toBe(n);
      expect(row["Keterangan"] ?? "").toBe("");
      // The JSON says the same as the workbook.
      const j = json.files.find((f) => f.file === file)!;
      expect({ ...want, instansi: j.instansi }).toEqual({
        instansi: row["Instansi"],
        indikator: j.indikator,
        rataCapaian: j.rataCapaian,
        pagu: j.pagu,
        realisasi: j.realisasi,
        serapan: j.serapan,
        sisa: j.sisa,
        efisiensi: j.efisiensi,
        kesalahan: j.kesalahan,
        peringatan: j.peringatan,
        kriteria: j.kriteria,
      });
    }
  }, 60_000);

  it("the changed numbers reach the rows: agencies differ in realisasi and capaian", async () => {
    const rows = await sheetRows(output, "Rekap");
    const realisasi = new Set(rows.map((r) => r["Realisasi anggaran (Rp)"]).filter((v) => v !== null));
    const capaian = new Set(rows.map((r) => r["Rata-rata capaian (%)"]).filter((v) => v !== null));
    expect(realisasi.size).toBe(AGENCIES);
    expect(capaian.size).toBe(AGENCIES);
  });

  it.each([
    ["damaged file", "rusak.xlsx", /bukan buku kerja Excel \.xlsx/],
    ["encrypted file", "terkunci.xlsx", /dilindungi kata sandi/],
  ])("%s: its row holds the Indonesian reason and no figures", async (_rule, name, reason) => {
    const rows = await sheetRows(output, "Rekap");
    const row = rows.find((r) => r["Berkas"] === at("opd", name))!;
    expect(String(row["Keterangan"])).toMatch(/^Tidak dapat dipakai: /);
    expect(String(row["Keterangan"])).toMatch(reason);
    expect(row["Pagu (Rp)"]).toBeNull();
    expect(row["Jumlah indikator"]).toBeNull();
    expect(json.files.find((f) => f.file === at("opd", name))!.alasan).toMatch(reason);
    expect(run.err).toMatch(reason);
  });

  it("Temuan holds every finding of every agency, its cell linked to the agency's file beside it", async () => {
    const rows = await sheetRows(output, "Temuan");
    const expected: { file: string; f: Finding }[] = [];
    for (let i = 1; i <= AGENCIES; i++)
      for (const f of (await direct(agencyFile(i))).check.findings) expected.push({ file: agencyFile(i), f });
    expect(expected.length).toBeGreaterThan(AGENCIES);
    expect(rows).toHaveLength(expected.length);
    const label = { error: "Kesalahan", warning: "Peringatan", info: "Info" };
    expected.forEach(({ file, f }, n) => {
      const row = rows[n];
      expect([
        row["Berkas"],
        row["Lembar"],
        plain(row["Sel"]),
        row["Aturan"],
        row["Tingkat"],
        row["Pesan"],
      ]).toEqual([file, f.sheet, f.cell, f.rule, label[f.severity], f.message]);
      expect((row["Sel"] as ExcelJS.CellHyperlinkValue).hyperlink).toBe(
        `${path.basename(file)}#${quoteSheet(f.sheet)}!${f.cell}`,
      );
    });
  }, 60_000);

  it("Indikator: all agencies' indicators side by side with the engine's capaian", async () => {
    const rows = await sheetRows(output, "Indikator");
    const { e } = await direct(agencyFile(7));
    const mine = rows.filter((r) => r["Berkas"] === agencyFile(7));
    expect(mine).toHaveLength(e.kinerja.length);
    mine.forEach((row, n) => {
      const { row: ind, eval: ev } = e.kinerja[n];
      expect(row["Instansi"]).toBe("Dinas Uji Coba 7");
      expect(row["Indikator"]).toBe(ind.indikator?.text);
      expect(row["Capaian (%)"]).toBe(ev.capaian.ok ? ev.capaian.value : null);
      expect(row["Kriteria"]).toBe(ev.kriteria?.label ?? null);
    });
    expect(rows).toHaveLength(json.files.reduce((s, f) => s + f.daftarIndikator.length, 0));
  });

  it("a second run beside the files skips the previous rekap and replaces it", async () => {
    const again = await sakip(["rekap", at("opd"), "-o", output, "--utas", "1"]);
    expect(again.code).toBe(2);
    expect(again.out).toMatch(/Rekap 52 berkas: 50 dibaca, 2 tidak dapat dipakai/);
    expect(await sheetRows(output, "Rekap")).toHaveLength(AGENCIES + 2);
  }, 60_000);
});

describe("sakip rekap: exit codes and refusals", () => {
  it.each([
    ["all read, no errors → 0", () => ["rekap", at("bersih"), "-o", at("lain", "bersih.xlsx")], 0],
    ["errors found → 1", () => ["rekap", at("kecil"), "-o", at("lain", "kecil.xlsx")], 1],
    [
      "a file not found → 2",
      () => ["rekap", at("kecil"), at("tidak-ada.xlsx"), "-o", at("lain", "x.xlsx")],
      2,
    ],
    ["an empty folder → 2", () => ["rekap", at("lain", "kosong"), "-o", at("lain", "y.xlsx")], 2],
    ["no input → 2", () => ["rekap"], 2],
    ["--utas 0 → 2", () => ["rekap", at("kecil"), "--utas", "0"], 2],
  ])("%s", async (_rule, args, code) => {
    fs.mkdirSync(at("lain", "kosong"), { recursive: true });
    expect((await sakip(args())).code).toBe(code);
  });

  it("a file not found keeps its row with the reason; the others are still consolidated", async () => {
    const out = at("lain", "hilang.xlsx");
    const run = await sakip(["rekap", at("kecil"), at("tidak-ada.xlsx"), "-o", out]);
    const rows = await sheetRows(out, "Rekap");
    expect(rows.map((r) => r["Berkas"])).toEqual([
      ...[1, 2, 3].map((i) => at("kecil", path.basename(agencyFile(i)))),
      at("tidak-ada.xlsx"),
    ]);
    expect(String(rows[3]["Keterangan"])).toMatch(/File tidak ditemukan/);
    expect(run.err).toMatch(/File tidak ditemukan/);
  });

  it("a rekap written in another folder has no links (the files are not beside it)", async () => {
    const out = at("lain", "tanpa-tautan.xlsx");
    await sakip(["rekap", at("kecil"), "-o", out]);
    const rows = await sheetRows(out, "Temuan");
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(typeof row["Sel"]).toBe("string");
  });

  it("a folder holding only an earlier rekap has nothing to consolidate → 2", async () => {
    fs.mkdirSync(at("hanya-rekap"));
    expect((await sakip(["rekap", at("kecil"), "-o", at("hanya-rekap", "rekap.xlsx")])).code).toBe(1);
    const run = await sakip(["rekap", at("hanya-rekap"), "--json"]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/hanya rekap sakip sebelumnya/);
  });

  it("never writes over an input", async () => {
    const input = at("kecil", path.basename(agencyFile(1)));
    const before = sha(input);
    const run = await sakip(["rekap", at("kecil"), "-o", input]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/tidak menimpa/);
    expect(sha(input)).toBe(before);
  });

  it("--json without -o writes no workbook", async () => {
    const before = fs.readdirSync(at("kecil")).sort();
    const run = await sakip(["rekap", at("kecil"), "--json"]);
    expect(JSON.parse(run.out).summary).toMatchObject({ files: 3, unusable: 0, threads: 1 });
    expect(fs.readdirSync(at("kecil")).sort()).toEqual(before);
  });
});

describe("bin/sakip.js rekap: the compiled CLI reads with worker threads", () => {
  it("gives the same rows as reading in this thread (npm run build:cli first)", async () => {
    const bin = path.join(__dirname, "..", "..", "bin", "sakip.js");
    expect(fs.existsSync(path.join(__dirname, "..", "..", "lib", "cli", "rekap-worker.js"))).toBe(true);
    const threaded = spawnSync(process.execPath, [bin, "rekap", at("opd"), "--json", "--utas", "2"], {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(threaded.status).toBe(2);
    const fromWorkers = JSON.parse(threaded.stdout);
    expect(fromWorkers.summary.threads).toBe(2);
    const inProcess = JSON.parse((await sakip(["rekap", at("opd"), "--json"])).out);
    expect(inProcess.summary.threads).toBe(1);
    expect(fromWorkers.files).toEqual(inProcess.files);
    expect(fromWorkers.files.filter((f: RekapAgency) => f.alasan)).toHaveLength(2);
  }, 60_000);
});
