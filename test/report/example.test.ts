/**
 * The bundled example (assets/contoh-LKjIP-2024.xlsx: seed 004 typed into the template) read with
 * the xlsx adapter and the reader: the report's key numbers equal the seed's and the engine's.
 */
import * as path from "path";
import { openXlsx } from "../../src/adapters/xlsx";
import { runChecks } from "../../src/engine/check/run-checks";
import type { Model } from "../../src/engine/model/types";
import type { SheetSpec } from "../../src/engine/model/sheet-spec";
import { buildReport } from "../../src/report";
import { readModel } from "../../src/workbook";
import { fillAt, grid, rowWith, sheet } from "./support/inspect";

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "contoh-LKjIP-2024.xlsx");
let model: Model;
let specs: SheetSpec[];

beforeAll(async () => {
  const book = await openXlsx(EXAMPLE);
  model = readModel(await book.readSheets());
  specs = buildReport(model, [], {});
});

describe("the example's report shows seed 004's numbers as the engine computes them", () => {
  it.each([
    ["Persentase Koperasi yang aktif", 98.86, "Sangat Tinggi"],
    ["Persentase UMKM dan Koperasi yang Naik Skala Usaha", 91.9, "Sangat Tinggi"],
    ["Pertumbuhan Usaha Kecil Menengah baru", 11.64, "Sangat Rendah"],
  ])("Capaian Kinerja: %s = %d, %s", (indikator, value, label) => {
    const spec = sheet(specs, "capaian-kinerja");
    const { index, cells } = rowWith(spec, indikator);
    expect(cells[6]).toBeCloseTo(value, 2);
    expect(cells[7]).toBe(label);
    expect(fillAt(spec, index + 1, 8)).toMatch(/^#[0-9A-F]{6}$/i);
  });
  it("Kemajuan Renstra: 57,9 / 67 × 100 = 86,42", () => {
    const { cells } = rowWith(
      sheet(specs, "kemajuan-renstra"),
      "Persentase UMKM dan Koperasi yang Naik Skala Usaha",
    );
    expect(cells[6]).toBeCloseTo(86.42, 2);
  });
  it("Realisasi Anggaran: total 9.865.481.222 / 4.847.956.007, serapan 49,14, sisa 5.017.525.215 (004:L923)", () => {
    const total = rowWith(sheet(specs, "realisasi-anggaran"), "Jumlah").cells;
    expect(total.slice(2, 4)).toEqual([9865481222, 4847956007]);
    expect(total[4]).toBeCloseTo(49.14, 2);
    expect(total[5]).toBe(5017525215);
  });
  it("no indicator or program is listed twice", () => {
    const names = grid(sheet(specs, "capaian-kinerja"))
      .slice(5)
      .map((r) => r[2])
      .filter((v) => typeof v === "string" && v !== "");
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("with the checker's findings, Pemeriksaan and Ringkasan agree with them", () => {
  it("lists every finding once and counts them by severity", () => {
    const findings = runChecks(model, {});
    const withFindings = buildReport(model, findings, {});
    const rows = grid(sheet(withFindings, "pemeriksaan")).filter(
      (r) => r[3] !== null && typeof r[3] === "object",
    );
    expect(rows).toHaveLength(findings.length);
    const [e, w, i] = ["error", "warning", "info"].map(
      (s) => findings.filter((f) => f.severity === s).length,
    );
    expect(grid(sheet(withFindings, "pemeriksaan")).flat()).toContain(
      `Jumlah temuan: ${e} kesalahan, ${w} peringatan, ${i} informasi.`,
    );
    // The printed summary carries no check results: they stay on Pemeriksaan.
    expect(grid(sheet(withFindings, "ringkasan")).flat()).not.toContain("Kesalahan");
  });
});
