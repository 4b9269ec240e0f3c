import ExcelJS from "exceljs";
import { newXlsx, openXlsx } from "../../src/adapters/xlsx";
import { createTemplate } from "../../src/jobs/create-template";
import {
  ANGGARAN_COLUMNS,
  buildTemplate,
  colLetter,
  kinerjaColumns,
  PROFIL_LABELS,
} from "../../src/workbook/template";
import { PERMENDAGRI_86 } from "../../src/engine/kriteria/permendagri-86";
import { toXlsxBuffer } from "../support/layout";

const text = (v: unknown) => (v === null || v === undefined ? null : v);

describe("buildTemplate", () => {
  const specs = buildTemplate({ tahun: 2024, emptyRows: 3 });
  const byKey = Object.fromEntries(specs.map((s) => [s.key, s]));

  it("has the five sheets in order, all with role template", () => {
    expect(specs.map((s) => s.name)).toEqual(["Petunjuk", "Profil", "Kinerja", "Anggaran", "Skala"]);
    expect(specs.every((s) => s.role === "template")).toBe(true);
  });

  it.each([
    ["kinerja", "Kinerja", kinerjaColumns([2023, 2022]).length],
    ["anggaran", "Anggaran", ANGGARAN_COLUMNS.length],
  ])("%s is one Excel Table from A1 over header + blank rows, frozen header", (key, name, width) => {
    const s = byKey[key];
    expect(s.tables).toEqual([{ name, range: `A1:${colLetter(width)}4`, style: "TableStyleMedium2" }]);
    expect(s.blocks[0].rows).toHaveLength(4);
    expect(s.blocks[0].rows.every((r) => r.length === width)).toBe(true);
    expect(s.freeze).toEqual({ rows: 1, columns: 3 });
  });

  it("names earlier years by their number, relative to the reporting year", () => {
    const headers = byKey.kinerja.blocks[0].rows[0];
    expect(headers).toEqual(
      expect.arrayContaining(["Realisasi 2023", "Target 2023", "Capaian 2023 (%)", "Realisasi 2022"]),
    );
    expect(headers).not.toContain("Realisasi 2021");
    expect(buildTemplate({ tahun: 2024, years: [2023, 2022, 2021] })[2].blocks[0].rows[0]).toContain(
      "Capaian 2021 (%)",
    );
  });

  it.each([
    ["kinerja", "Polaritas", ["naik", "turun", "turun-rasio", "tetap"]],
    ["kinerja", "Agregasi", ["kumulatif", "akhir", "rata-rata", "maks"]],
    ["kinerja", "Kriteria", PERMENDAGRI_86.bands.map((b) => b.label)],
    ["anggaran", "Tingkat", ["Program", "Kegiatan", "Sub Kegiatan", "Sasaran"]],
  ])("%s column %s has a drop-down list over its data rows", (key, header, list) => {
    const s = byKey[key];
    const col = colLetter(s.blocks[0].rows[0].indexOf(header) + 1);
    expect(s.validations).toContainEqual({ range: `${col}2:${col}4`, list });
  });

  it("Skala holds the Permendagri 86 bands with their colours", () => {
    const rows = byKey.skala.blocks[0].rows;
    expect(rows.slice(3)).toEqual(PERMENDAGRI_86.bands.map((b) => [b.min, b.label, b.kode, b.color]));
  });

  it("Profil lists every label, with Tahun Laporan filled", () => {
    const rows = byKey.profil.blocks[0].rows;
    expect(rows.slice(3).map((r) => r[0])).toEqual([...PROFIL_LABELS]);
    expect(rows.find((r) => r[0] === "Tahun Laporan")?.[1]).toBe(2024);
  });

  it("places data by header and rejects an unknown header", () => {
    const s = buildTemplate({ tahun: 2024, kinerja: [{ Kode: "1", Target: 70 }], emptyRows: 1 })[2];
    expect(s.blocks[0].rows[1].slice(0, 7)).toEqual(["1", null, null, null, null, null, 70]);
    expect(() => buildTemplate({ tahun: 2024, kinerja: [{ Targt: 70 }] })).toThrow(/Targt/);
  });
});

describe("createTemplate", () => {
  it("writes the template into an empty workbook and reads back its headers", async () => {
    const book = newXlsx();
    const out = await createTemplate(book, { tahun: 2024, emptyRows: 2 });
    expect(out).toEqual({ sheets: ["Petunjuk", "Profil", "Kinerja", "Anggaran", "Skala"], renamed: [] });
    const grids = await book.readSheets();
    const kinerja = grids.find((g) => g.name === "Kinerja")!;
    expect(kinerja.rows[0].map((c) => text(c?.v))).toEqual(kinerjaColumns([2023, 2022]).map((c) => c.header));
    expect((await book.listSheets()).every((s) => s.tag?.role === "template")).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Anggaran")!;
    expect(ws.getCell("B2").dataValidation).toMatchObject({ type: "list" });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("never overwrites a user's sheet: Kinerja becomes Kinerja (2) with its own Table name", async () => {
    const mine = await toXlsxBuffer({ name: "x", sheets: [{ name: "Kinerja", rows: [["punya saya"]] }] });
    const book = await openXlsx(mine);
    const out = await createTemplate(book, { tahun: 2024, emptyRows: 1 });
    expect(out.renamed).toEqual([{ key: "kinerja", wanted: "Kinerja", used: "Kinerja (2)" }]);
    expect(out.sheets).toContain("Kinerja (2)");
    const grids = await book.readSheets();
    expect(grids.find((g) => g.name === "Kinerja")!.rows[0][0]?.v).toBe("punya saya");
    expect(grids.find((g) => g.name === "Kinerja (2)")!.tables?.[0]?.name).toBe("Kinerja_2");
  });
});

describe("the template's input sheets print as the Inspektorat receives them (issue 11)", () => {
  const specs = buildTemplate({ tahun: 2024 });
  it.each([
    ["Kinerja", "landscape", true],
    ["Anggaran", "landscape", true],
    ["Profil", "portrait", false],
    ["Skala", "portrait", false],
  ])(
    "%s: A4 %s, fitted to the width, footer with the sheet and 'Halaman n dari m'",
    (name, orientation, repeats) => {
      const print = specs.find((s) => s.name === name)?.print;
      expect(print).toMatchObject({ orientation, fitToWidth: true, paperSize: "A4" });
      expect(print?.footer).toEqual({ left: "&A", right: "Halaman &P dari &N" });
      expect(print?.repeatRows).toEqual(repeats ? { first: 1, last: 1 } : undefined);
    },
  );
  it("the printed template file carries the setup (written and read back)", async () => {
    const wb = newXlsx();
    await createTemplate(wb);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
    const ws = back.getWorksheet("Kinerja")!;
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      paperSize: 9,
    });
    expect(ws.headerFooter.oddFooter).toContain("Halaman &P dari &N");
  });
});
