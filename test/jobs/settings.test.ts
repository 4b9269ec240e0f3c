/**
 * The workbook's settings sheet: written very hidden and tagged by both writers, read back whole (also
 * when the JSON spans several cells), never read as a table, and used as defaults by the jobs.
 */
import ExcelJS from "exceljs";
import { officePort } from "../../src/adapters/office";
import { newXlsx, openXlsx } from "../../src/adapters/xlsx";
import { loadSettings, saveSettings, settingsPlan, withStoredSettings } from "../../src/jobs/settings";
import { readWorkbook } from "../../src/jobs/read-workbook";
import { checkWorkbook } from "../../src/jobs/check-workbook";
import { createTemplate } from "../../src/jobs/create-template";
import {
  CHUNK,
  SETTINGS_SHEET,
  readSettings,
  readSettingsWithDiagnostics,
  settingsSpec,
  type Settings,
} from "../../src/workbook/settings-sheet";
import type { SheetGrid } from "../../src/workbook/port";
import { FakeExcel } from "../adapters/fake-excel";

const TAG = { role: "settings" as const, key: "pengaturan" };
const SAMPLE: Settings = {
  versi: 1,
  peta: {
    versi: 1,
    tabel: [
      {
        lembar: "Data",
        judul: "A1:D1",
        jenis: "kinerja",
        kolom: { A: "indikator", B: "target", C: "realisasi" },
      },
    ],
  },
  pengaturan: { tahun: 2024, skala: "permendagri86", batas: 100, efisiensi: "rasio", lembar: ["ringkasan"] },
};

function grid(values: (string | number)[], tag = TAG, name = SETTINGS_SHEET): SheetGrid {
  return { name, tag, origin: { row: 1, col: 1 }, rows: values.map((v) => [{ v }]) };
}

describe("readSettings: the stored JSON, validated", () => {
  it.each<[string, SheetGrid[], Settings | undefined]>([
    ["no settings sheet", [{ ...grid(['{"versi":1}']), tag: undefined, name: "Data" }], undefined],
    ["one cell", [grid([JSON.stringify(SAMPLE)])], SAMPLE],
    [
      "chunks joined in row order",
      [grid(['{"versi":1,"pengaturan":', '{"tahun":2023}}'])],
      { versi: 1, pengaturan: { tahun: 2023 } },
    ],
    ["wrong version", [grid(['{"versi":2}'])], undefined],
    ["bad JSON", [grid(["{versi:1"])], undefined],
    ["a year out of range", [grid(['{"versi":1,"pengaturan":{"tahun":1999}}'])], undefined],
    ["an unknown scale", [grid(['{"versi":1,"pengaturan":{"skala":"bebas"}}'])], undefined],
    [
      "a peta with an unknown field",
      [
        grid([
          '{"versi":1,"peta":{"versi":1,"tabel":[{"lembar":"X","judul":"A1:B1","kolom":{"A":"nama"}}]}}',
        ]),
      ],
      undefined,
    ],
    [
      "a peta with a bad column",
      [
        grid([
          '{"versi":1,"peta":{"versi":1,"tabel":[{"lembar":"X","judul":"A1:B1","kolom":{"a1":"target"}}]}}',
        ]),
      ],
      undefined,
    ],
    [
      "batas null kept (no cap)",
      [grid(['{"versi":1,"pengaturan":{"batas":null}}'])],
      { versi: 1, pengaturan: { batas: null } },
    ],
  ])("%s", (_, grids, expected) => {
    expect(readSettings(grids)).toEqual(expected);
  });

  it("unreadable settings give an Indonesian diagnostic naming the sheet and cell", () => {
    const { settings, diagnostics } = readSettingsWithDiagnostics([grid(["{versi:1"])]);
    expect(settings).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({
        sheet: SETTINGS_SHEET,
        cell: "A1",
        message: expect.stringMatching(/bukan JSON yang sah/),
      }),
    ]);
  });
});

describe("settingsSpec: a very hidden, tagged sheet, the JSON in column A in chunks", () => {
  it("splits a long document into cells of at most 30,000 characters that join back to it", () => {
    const long: Settings = {
      versi: 1,
      pengaturan: { lembar: Array.from({ length: 6000 }, (_, i) => `lembar-${i}`) },
    };
    const spec = settingsSpec(long);
    const cells = spec.blocks[0].rows.map((r) => r[0] as string);
    expect(cells.length).toBeGreaterThan(1);
    expect(cells.every((c) => c.length <= CHUNK)).toBe(true);
    expect(spec).toMatchObject({ role: "settings", visibility: "veryHidden", name: SETTINGS_SHEET });
    expect(readSettings([grid(cells)])).toEqual(long);
  });
});

describe("settingsPlan: only the settings sheet is created or replaced", () => {
  it("replaces the old settings sheet and never names a user sheet", () => {
    const plan = settingsPlan([{ name: "Data" }, { name: SETTINGS_SHEET, tag: TAG }], { versi: 1 });
    expect(plan.remove).toEqual([SETTINGS_SHEET]);
    expect(plan.rename).toEqual([{ from: `${SETTINGS_SHEET}_baru`, to: SETTINGS_SHEET }]);
  });
  it("a user sheet with the settings sheet's name keeps it; ours gets ' (2)'", () => {
    const plan = settingsPlan([{ name: SETTINGS_SHEET }], { versi: 1 });
    expect(plan.remove).toEqual([]);
    expect(plan.rename[0].to).toBe(`${SETTINGS_SHEET} (2)`);
  });
});

describe("withStoredSettings: explicit options win, stored ones fill in", () => {
  it.each([
    ["stored only", {}, { tahun: 2024, batas: 100 }, { tahun: 2024, batas: 100 }],
    ["explicit wins", { batas: 120 }, { tahun: 2024, batas: 100 }, { tahun: 2024, batas: 120 }],
    ["undefined explicit does not erase", { tahun: undefined }, { tahun: 2024 }, { tahun: 2024 }],
    ["scale 'lembar' leaves the default", {}, { skala: "lembar" as const }, {}],
    [
      "scale permendagri86 forces the bands",
      {},
      { skala: "permendagri86" as const },
      { skala: "permendagri86" },
    ],
    ["lembar become report sheet keys", {}, { lembar: ["ringkasan"] }, { sheets: ["ringkasan"] }],
  ])("%s", (_, explicit, stored, expected) => {
    expect(withStoredSettings(explicit, stored)).toEqual(expected);
  });
});

describe("saveSettings/loadSettings through both adapters", () => {
  it("Office.js: saved very hidden and tagged, replaced on the second save, user sheets untouched", async () => {
    const fx = new FakeExcel();
    fx.seed("Data saya", { A1: "punya pengguna" });
    const port = officePort(fx.run);
    await saveSettings(port, SAMPLE);
    expect(fx.sheet(SETTINGS_SHEET).visibility).toBe("VeryHidden");
    expect(fx.names.some((n) => n.name === "_SAKIP_settings_pengaturan")).toBe(true);
    expect((await loadSettings(port)).settings).toEqual(SAMPLE);
    const next: Settings = { versi: 1, pengaturan: { tahun: 2025 } };
    await saveSettings(port, next);
    expect((await loadSettings(port)).settings).toEqual(next);
    expect(fx.sheets.map((s) => s.name)).toEqual(["Data saya", SETTINGS_SHEET]);
    expect(fx.sheet("Data saya").cells.get("A1")?.value).toBe("punya pengguna");
  });

  it("ExcelJS: the sheet is very hidden in the saved file and read back after reopening", async () => {
    const wb = newXlsx();
    await createTemplate(wb, { tahun: 2024 }); // Excel needs one visible sheet
    await saveSettings(wb, SAMPLE);
    const bytes = await wb.toBuffer();
    expect((await loadSettings(await openXlsx(bytes))).settings).toEqual(SAMPLE);
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(raw.getWorksheet(SETTINGS_SHEET)?.state).toBe("veryHidden");
  });
});

describe("the jobs use the stored settings and never read the settings sheet as a table", () => {
  it("readWorkbook lists no table on the settings sheet; the stored year fills in, an explicit one wins", async () => {
    const fx = new FakeExcel();
    // No Profil and no year in a title: the year can only come from the options.
    fx.seed("Data", {
      A1: "Indikator Kinerja",
      B1: "Target",
      C1: "Realisasi",
      A2: "Indeks X",
      B2: 70,
      C2: 67.71,
    });
    const port = officePort(fx.run);
    await saveSettings(port, { versi: 1, pengaturan: { tahun: 2031 } });
    const model = await readWorkbook(port);
    expect(model.tables.map((t) => t.sheet)).toEqual(["Data"]);
    expect(model.tahun).toBe(2031);
    expect((await readWorkbook(port, { tahun: 2024 })).tahun).toBe(2024);
    const checked = await checkWorkbook(port);
    expect(checked.tables.some((t) => t.sheet === SETTINGS_SHEET)).toBe(false);
  });
});
