import { readFileSync } from "fs";
import { join } from "path";
import type { Browser } from "playwright-core";
import { openXlsx } from "../../src/adapters/xlsx";
import { checkWorkbook } from "../../src/jobs/check-workbook";
import { generateReport } from "../../src/jobs/generate-report";
import type { CheckResult, GenerateResult } from "../../src/jobs/types";
import { S } from "../../src/taskpane/strings";
import { REPORT_SHEET_KEYS } from "../../src/report/report-sheets";
import { EN } from "../../src/taskpane/strings-en";
import { readWorkbook } from "../../src/jobs/read-workbook";
import { tagName } from "../../src/adapters/tag";
import { SETTINGS_SHEET, settingsSpec, type Settings } from "../../src/workbook/settings-sheet";
import type { SheetGrid } from "../../src/workbook/port";
import { axeScan } from "./support/a11y";
import { launchChromium } from "./support/browser";
import { DIST, ensureDist } from "./support/dist";
import { OFFICE_ERROR_MESSAGE, type StubSeed } from "./support/office-host";
import { openPane, shoot, snapshot, stubView, type Pane } from "./support/pane";
import { EXAMPLE, exampleSeed } from "./support/seed";
import { serveDir, type StaticServer } from "./support/server";

/*
 * The task pane in a real browser (the Chromium shipped in @sparticuz/chromium, through playwright-core):
 * dist/taskpane.html with office.js replaced by a stub host whose Excel.run works on the adapters'
 * recording fake, seeded with the bundled example. The expected results come from the same jobs run
 * over the xlsx adapter in Node. In every state reached, axe-core finds nothing serious or critical,
 * and nothing breaks the page's Content-Security-Policy; screenshots go to output/e2e/.
 */

jest.setTimeout(240_000);

let browser: Browser;
let server: StaticServer;
let seed: StubSeed;
let grids: SheetGrid[];
let expectedCheck: CheckResult;
let expectedReport: GenerateResult;
const panes: Pane[] = [];

async function pane(s: StubSeed = seed): Promise<Pane> {
  const p = await openPane(browser, server.url, s);
  panes.push(p);
  return p;
}

beforeAll(async () => {
  ensureDist();
  browser = await launchChromium();
  server = await serveDir(DIST);
  ({ seed, grids } = await exampleSeed());
  expectedCheck = await checkWorkbook(await openXlsx(EXAMPLE));
  expectedReport = await generateReport(await openXlsx(EXAMPLE));
});

afterEach(async () => {
  for (const p of panes.splice(0)) {
    expect(p.blocked).toEqual([]); // nothing but 127.0.0.1 was asked for
    expect(p.errors).toEqual([]);
    expect(p.violations).toEqual([]); // the page works under its Content-Security-Policy
    await p.close();
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const inputNames = () => grids.map((g) => g.name);
const reportNames = () => expectedReport.sheets.map((s) => s.name);

describe("the accessibility scan", () => {
  it("reports serious and critical violations on a page made to have them (an unlabelled field, grey on grey)", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      `<!doctype html><html lang="id"><title>Uji</title><main><input type="text"><p style="color:#bbb;background:#ccc">Teks pucat</p><button></button></main></html>`,
    );
    const found = (await axeScan(page)).map((v) => v.id).sort();
    await context.close();
    expect(found).toEqual(["button-name", "color-contrast", "label"]);
  });
});

describe("the task pane's Content-Security-Policy is in force", () => {
  // Each snippet runs in the pane as if an injected string tried to act; the DevTools protocol that
  // starts it is exempt from the policy, which is why eval goes through setTimeout's string form.
  it.each([
    [
      "an inline script",
      "script-src-elem",
      "inline",
      `const s = document.createElement("script"); s.textContent = "window.__ran = 1"; document.head.appendChild(s);`,
    ],
    ["eval of a string", "script-src", "eval", `setTimeout("window.__ran = 1", 0);`],
    [
      "a script from another host",
      "script-src-elem",
      "https://example.org/x.js",
      `const s = document.createElement("script"); s.src = "https://example.org/x.js"; document.head.appendChild(s);`,
    ],
  ])("refuses %s", async (_label, directive, blockedUri, code) => {
    const p = await pane();
    await p.page.evaluate(code);
    for (let i = 0; i < 50 && !(p.violations.length && p.errors.length); i++)
      await p.page.waitForTimeout(100);
    expect(p.violations).toEqual([{ directive, blocked: blockedUri }]);
    expect(p.errors).toEqual([expect.stringMatching(/^console: .*Content Security Policy/)]);
    await expect(
      p.page.evaluate(() => (window as unknown as { __ran?: number }).__ran),
    ).resolves.toBeUndefined();
    expect(p.blocked).toEqual([]); // refused by the page itself, before our network guard saw a request
    p.violations.length = p.errors.length = 0; // expected here; afterEach checks the rest stays clean
  });
});

describe("task pane page load", () => {
  it("renders the pane and associates every custom function of functions.json", async () => {
    const { page } = await pane();
    await page.getByRole("heading", { name: S.title }).waitFor();
    const ids = (
      JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] }
    ).functions.map((f) => f.id.toUpperCase());
    expect(ids.length).toBeGreaterThan(5);
    expect((await stubView(page)).associations.sort()).toEqual([...ids].sort());
    for (const name of [S.buatLaporan, S.periksa, S.buatTemplat])
      await expect(page.getByRole("button", { name }).isEnabled()).resolves.toBe(true);
    expect(await shoot(page, "01-awal")).toBeLessThanOrEqual(0);
    expect(await axeScan(page)).toEqual([]);
  });
});

describe("Periksa on the example workbook", () => {
  it("shows the summary and the findings the check job finds in Node, and a cell link selects that cell", async () => {
    const { page } = await pane();
    const { errors, warnings, info } = expectedCheck.summary;
    expect(errors).toBeGreaterThan(0);
    await page.getByRole("button", { name: S.periksa }).click();
    await page.getByText(S.summary(errors, warnings, info)).waitFor();
    await expect(page.getByText(S.tablesFound(expectedCheck.tables.length)).count()).resolves.toBe(1);
    const findingsRegion = page.getByRole("region", { name: S.findingsTitle });
    await expect(findingsRegion.locator("li").count()).resolves.toBe(expectedCheck.findings.length);
    const budget = expectedCheck.findings.find((f) => f.rule === "PERSEN_MISMATCH" && f.sheet === "Anggaran");
    expect(budget).toBeDefined();
    const group = findingsRegion.getByRole("region", { name: "Anggaran" });
    const link = page.getByRole("button", { name: S.goTo("Anggaran", budget!.cell), exact: true });
    const item = group.locator("li").filter({ has: link });
    await expect(item.count()).resolves.toBe(1);
    await expect(item.getByText("Persentase anggaran tidak sesuai").count()).resolves.toBe(1);
    await expect(item.getByText(budget!.message).count()).resolves.toBe(1);
    expect(await shoot(page, "02-periksa")).toBeLessThanOrEqual(0);
    expect(await axeScan(page)).toEqual([]);
    await findingsRegion.locator("li").last().scrollIntoViewIfNeeded();
    await shoot(page, "02-periksa-akhir");
    await item.locator(link).click();
    await page.waitForFunction(
      () => (window as unknown as { __officeStub: { selected?: string } }).__officeStub.selected,
      null,
      { timeout: 5000 },
    );
    expect((await stubView(page)).selected).toMatch(
      new RegExp(`^Anggaran!${budget!.cell}(:${budget!.cell})?$`),
    );
  });
});

describe("Buat lembar LKjIP", () => {
  it("writes the report sheets in few requests, leaves input sheets alone, and a second run writes identical sheets", async () => {
    const { page } = await pane();
    const before = await snapshot(page);
    await page.getByRole("button", { name: S.buatLaporan }).click();
    // The example has errors: they are shown first, and nothing is written before the user continues.
    await page.getByText(S.confirmTitle(expectedCheck.summary.errors)).waitFor();
    expect((await stubView(page)).sheetNames).toEqual(inputNames());
    const runsBefore = (await stubView(page)).runs.length;
    await page.getByRole("button", { name: S.confirmContinue }).click();
    await page.getByText(S.generated(reportNames().length)).waitFor();
    const view = await stubView(page);
    expect(view.sheetNames).toEqual([...inputNames(), ...reportNames()]);
    expect(view.active).toBe(reportNames()[0]);
    const after = await snapshot(page);
    for (const name of inputNames())
      expect(after.sheets.find((s) => s.name === name)).toEqual(before.sheets.find((s) => s.name === name));
    const syncs = view.runs.slice(runsBefore).reduce((n, r) => n + r.syncs, 0);
    // Read: ~3 requests; write: 1 listing + 1 per sheet + 1 to remove/rename/activate.
    expect(syncs).toBeGreaterThanOrEqual(reportNames().length);
    expect(syncs).toBeLessThanOrEqual(2 * reportNames().length + 6);
    expect(await shoot(page, "03-laporan")).toBeLessThanOrEqual(0);
    expect(await axeScan(page)).toEqual([]);

    await page.getByRole("button", { name: S.periksa }).click(); // leave the success state, then run again
    await page
      .getByText(/kesalahan ·/)
      .first()
      .waitFor();
    await page.getByRole("button", { name: S.buatLaporan }).click();
    await page.getByRole("button", { name: S.confirmContinue }).click();
    await page.getByText(S.generated(reportNames().length)).waitFor();
    const again = await snapshot(page);
    expect(again.sheets.map((s) => s.name)).toEqual(after.sheets.map((s) => s.name));
    for (const name of reportNames())
      expect(again.sheets.find((s) => s.name === name)).toEqual(after.sheets.find((s) => s.name === name));
    const tagged = (names: typeof again.names) =>
      names
        .filter((n) => n.name.startsWith("_SAKIP"))
        .map((n) => n.sheet)
        .sort();
    expect(tagged(again.names)).toEqual(tagged(after.names)); // one tag a sheet, none left pointing at #REF!
  });

  it("keeps a user sheet named like a report sheet and writes the report beside it, with a notice", async () => {
    const wanted = "Capaian Kinerja";
    expect(reportNames()).toContain(wanted);
    const user: SheetGrid = {
      name: wanted,
      origin: { row: 1, col: 1 },
      rows: [[{ v: "Catatan pribadi, jangan dihapus" }]],
    };
    const { page } = await pane({ ...seed, grids: [...seed.grids, user] });
    await page.getByRole("button", { name: S.buatLaporan }).click();
    await page.getByRole("button", { name: S.confirmContinue }).click();
    await page.getByText(S.renamed(wanted, `${wanted} (2)`)).waitFor();
    const after = await snapshot(page);
    expect(after.sheets.find((s) => s.name === wanted)?.cells).toEqual({
      A1: expect.objectContaining({ value: "Catatan pribadi, jangan dihapus" }),
    });
    expect(after.names.some((n) => n.name.startsWith("_SAKIP") && n.sheet === `${wanted} (2)`)).toBe(true);
    expect(after.names.some((n) => n.sheet === wanted)).toBe(false);
    expect(await shoot(page, "04-nama-dipakai")).toBeLessThanOrEqual(0);
    expect(await axeScan(page)).toEqual([]);
  });
});

describe("a failing Excel.run", () => {
  it.each([
    ["Periksa", S.periksa],
    ["Buat lembar LKjIP", S.buatLaporan],
  ])("%s shows the Indonesian error bar and leaves the workbook as it was", async (label, button) => {
    const { page } = await pane();
    const before = await snapshot(page);
    await page.evaluate(
      () => ((window as unknown as { __officeStub: { failRuns: number } }).__officeStub.failRuns = 1),
    );
    await page.getByRole("button", { name: button }).click();
    await page.getByText(S.failedHint).waitFor();
    await expect(page.getByText(S.failed, { exact: true }).count()).resolves.toBe(1);
    expect(await snapshot(page)).toEqual(before);
    await expect(page.getByRole("button", { name: button }).isEnabled()).resolves.toBe(true);
    expect(await shoot(page, `05-gagal-${label.replace(/ /g, "-").toLowerCase()}`)).toBeLessThanOrEqual(0);
    expect(await axeScan(page)).toEqual([]);
    // The reason must be Indonesian too: Office.js's own message is English ("An internal error…").
    const bar = await page.getByText(S.failedHint).locator("xpath=..").innerText();
    expect(bar).not.toContain(OFFICE_ERROR_MESSAGE);
  });
});

/*
 * The whole pane as a civil servant uses it (issue 12): open → Data lists the tables → an unrecognised
 * table mapped by hand → settings saved, pane reopened, settings still there → Periksa → a finding selects
 * its cell → Buat lembar LKjIP with progress → the same in English. axe scans every state.
 */
const UNRECOGNISED = "Catatan Bidang";
/** Made-up header words the reader cannot place; E4 states 90 where 8 / 10 × 100 = 80. */
const unrecognisedSheet: SheetGrid = {
  name: UNRECOGNISED,
  origin: { row: 2, col: 2 },
  rows: [
    [{ v: "Butir" }, { v: "Rencana" }, { v: "Hasil" }, { v: "Persen" }],
    [{ v: "Jumlah UMKM binaan" }, { v: 120 }, { v: 132 }, { v: 110 }],
    [{ v: "Pelatihan koperasi" }, { v: 10 }, { v: 8 }, { v: 90 }],
  ],
};
const MAPPING = { B: "indikator", C: "target", D: "realisasi", E: "capaianStated" };
const PETA = {
  versi: 1,
  tabel: [{ lembar: UNRECOGNISED, judul: "B2:E2", jenis: "kinerja", kolom: MAPPING }],
};

async function scanned(page: Pane["page"], shot: string): Promise<void> {
  expect(await shoot(page, shot)).toBeLessThanOrEqual(0);
  expect(await axeScan(page)).toEqual([]);
}

async function settingsSheet(page: Pane["page"]): Promise<{ json: unknown; sheet: Record<string, unknown> }> {
  const snap = await snapshot(page);
  const sheet = snap.sheets.find((s) => s.name === SETTINGS_SHEET) as
    { cells: Record<string, { value: string }> } | undefined;
  expect(sheet).toBeDefined();
  expect(snap.names.some((n) => n.name === "_SAKIP_settings_pengaturan" && n.sheet === SETTINGS_SHEET)).toBe(
    true,
  );
  const text = Object.keys(sheet!.cells)
    .filter((a) => /^A\d+$/.test(a))
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
    .map((a) => sheet!.cells[a].value)
    .join("");
  return { json: JSON.parse(text), sheet: sheet as unknown as Record<string, unknown> };
}

describe("the pane, complete (Indonesian)", () => {
  it("Data lists the example's tables; an unrecognised table is mapped by hand, saved in the settings sheet and read by Periksa", async () => {
    const model = await readWorkbook(await openXlsx(EXAMPLE));
    const { page } = await pane({ ...seed, grids: [...seed.grids, unrecognisedSheet] });
    for (const t of model.tables.filter((x) => x.kind !== "unknown"))
      await page.getByText(S.tableLine(t.sheet, t.range, S.kind[t.kind], t.rows), { exact: true }).waitFor();
    await expect(page.getByText(new RegExp(`^${UNRECOGNISED}!`)).count()).resolves.toBe(0);
    await scanned(page, "10-data");

    await page.evaluate(
      (a) => (window as unknown as { __officeStub: { select(a: string): void } }).__officeStub.select(a),
      `'${UNRECOGNISED}'!B2:E2`,
    );
    await page.getByRole("button", { name: S.mapFromSelection }).click();
    const editor = page.getByRole("region", { name: S.mapFor(UNRECOGNISED, "B2:E2") });
    await editor.waitFor();
    await editor.getByLabel(S.mapJenis).selectOption("kinerja");
    const headers: Record<string, string> = { B: "Butir", C: "Rencana", D: "Hasil", E: "Persen" };
    for (const [col, field] of Object.entries(MAPPING))
      await editor.getByLabel(S.mapColumn(col, headers[col])).selectOption(field);
    await scanned(page, "11-petakan");
    const before = await snapshot(page);
    await editor.getByRole("button", { name: S.mapSave }).click();
    await page.getByText(S.mapSaved(UNRECOGNISED, "B2:E2")).waitFor();
    await scanned(page, "12-peta-disimpan");

    const { json, sheet } = await settingsSheet(page);
    expect(json).toEqual({ versi: 1, peta: PETA });
    expect(sheet.visibility).toBe("VeryHidden");
    const after = await snapshot(page);
    // Only the settings sheet was added: every other sheet is exactly as it was.
    expect(after.sheets.filter((s) => s.name !== SETTINGS_SHEET)).toEqual(before.sheets);

    // The data section and Periksa now read the table through the saved mapping: E4 states 90, 8 / 10 × 100 = 80.
    await page.getByText(new RegExp(`^${UNRECOGNISED}!B2:E4 · kinerja · 2 baris`)).waitFor();
    await page.getByRole("button", { name: S.periksa }).click();
    await page
      .getByRole("region", { name: S.findingsTitle })
      .getByRole("region", { name: UNRECOGNISED })
      .getByRole("button", { name: S.goTo(UNRECOGNISED, "E4"), exact: true })
      .waitFor();
  });

  it("Periksa reads the hand-mapped table through the peta stored in the settings sheet", async () => {
    const settings = settingsSpec({ versi: 1, peta: PETA as Settings["peta"] });
    const settingsGrid: SheetGrid = {
      name: SETTINGS_SHEET,
      origin: { row: 1, col: 1 },
      rows: settings.blocks[0].rows.map((r) => [{ v: r[0] as string }]),
      tag: { role: "settings", key: settings.key },
    };
    const { page } = await pane({
      grids: [...seed.grids, unrecognisedSheet, settingsGrid],
      names: [...seed.names, { name: tagName(settingsGrid.tag!), sheet: SETTINGS_SHEET }],
    });
    await page.getByText(S.tableLine(UNRECOGNISED, "B2:E4", S.kind.kinerja, 2), { exact: false }).waitFor();
    await page.getByRole("button", { name: S.periksa }).click();
    const group = page
      .getByRole("region", { name: S.findingsTitle })
      .getByRole("region", { name: UNRECOGNISED });
    await group.getByRole("button", { name: S.goTo(UNRECOGNISED, "E4"), exact: true }).waitFor();
    await scanned(page, "13-peta-dibaca");
  });

  it("settings saved survive reopening; Periksa → a finding selects its cell → Buat lembar LKjIP with progress and links", async () => {
    const first = await pane();
    let page = first.page;
    await page.getByRole("button", { name: S.optionsTitle }).click();
    await page.getByLabel(S.tahun, { exact: true }).fill("2024");
    await page.getByLabel(S.batas, { exact: true }).selectOption("100");
    await page.getByLabel(S.efisiensi, { exact: true }).selectOption("rasio");
    await page.getByLabel(S.skala, { exact: true }).selectOption("permendagri86");
    await page.getByRole("checkbox", { name: "Standar Nasional" }).uncheck();
    await scanned(page, "20-pengaturan");
    await page.getByRole("button", { name: S.simpanPengaturan }).click();
    await page.getByText(S.pengaturanSaved).waitFor();
    const stored = {
      versi: 1,
      pengaturan: {
        tahun: 2024,
        batas: 100,
        efisiensi: "rasio",
        skala: "permendagri86",
        lembar: REPORT_SHEET_KEYS.filter((k) => k !== "standar-nasional"),
      },
    };
    expect((await settingsSheet(page)).json).toEqual(stored);

    // Reopen the pane over the same workbook (a colleague opening the file).
    const reopened = await page.evaluate(() =>
      (window as unknown as { __officeStub: { exportSeed(): Promise<StubSeed> } }).__officeStub.exportSeed(),
    );
    await first.close();
    panes.splice(panes.indexOf(first), 1);
    page = (await pane(reopened)).page;
    await page.getByRole("button", { name: S.optionsTitle }).click();
    await expect(page.getByLabel(S.tahun, { exact: true }).inputValue()).resolves.toBe("2024");
    await expect(page.getByLabel(S.batas, { exact: true }).inputValue()).resolves.toBe("100");
    await expect(page.getByLabel(S.efisiensi, { exact: true }).inputValue()).resolves.toBe("rasio");
    await expect(page.getByLabel(S.skala, { exact: true }).inputValue()).resolves.toBe("permendagri86");
    await expect(page.getByRole("checkbox", { name: "Standar Nasional" }).isChecked()).resolves.toBe(false);
    await scanned(page, "21-pengaturan-dibaca");

    const expected = await checkWorkbook(await openXlsx(EXAMPLE), {
      tahun: 2024,
      batas: 100,
      efisiensi: "rasio",
      skala: "permendagri86",
    });
    await page.getByRole("button", { name: S.periksa }).click();
    const { errors, warnings, info } = expected.summary;
    await page.getByText(S.summary(errors, warnings, info)).waitFor();
    await scanned(page, "22-periksa");
    const finding = expected.findings[0];
    await page
      .getByRole("region", { name: S.findingsTitle })
      .getByRole("button", { name: S.goTo(finding.sheet, finding.cell), exact: true })
      .first()
      .click();
    await page.waitForFunction(
      (want) =>
        (window as unknown as { __officeStub: { selected?: string } }).__officeStub.selected?.startsWith(
          want,
        ),
      `${finding.sheet}!${finding.cell}`,
      { timeout: 5000 },
    );

    await page.evaluate(
      () => ((window as unknown as { __officeStub: { delayMs: number } }).__officeStub.delayMs = 400),
    );
    await page.getByRole("button", { name: S.buatLaporan }).click();
    await page.getByText(S.confirmTitle(errors)).waitFor();
    await scanned(page, "23-kesalahan-dulu");
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { __seen: string[] }).__seen = []);
      new window.MutationObserver(() => {
        const t = document.querySelector("[role=status]")?.textContent;
        if (t && seen[seen.length - 1] !== t) seen.push(t);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole("button", { name: S.confirmContinue }).click();
    await page.getByText(/^Menulis lembar \d+\/\d+: /).waitFor({ timeout: 30_000 });
    await page.getByRole("progressbar", { name: /^Menulis lembar/ }).waitFor();
    await scanned(page, "24-progres");
    const written = await generateReport(await openXlsx(EXAMPLE), {
      tahun: 2024,
      batas: 100,
      efisiensi: "rasio",
      skala: "permendagri86",
      sheets: stored.pengaturan.lembar,
    });
    await page.getByText(S.generated(written.sheets.length)).waitFor({ timeout: 60_000 });
    expect(written.sheets.some((s) => s.key === "standar-nasional")).toBe(false);
    // Every sheet had its step on the progress bar, in order.
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    written.sheets.forEach((s, i) =>
      expect(seen.some((t) => t.includes(S.progress(i + 1, written.sheets.length, s.name)))).toBe(true),
    );
    await scanned(page, "25-laporan");
    const target = written.sheets[1].name;
    await page.getByRole("button", { name: S.openSheet(target) }).click();
    await page.waitForFunction(
      (want) =>
        (window as unknown as { __officeStub: { selected?: string } }).__officeStub.selected?.startsWith(
          want,
        ),
      `${target}!A1`,
      { timeout: 5000 },
    );
  });
});

describe("the pane, complete (English Office, '.' decimals)", () => {
  it("speaks English, notes the decimal separator once, and runs Data → Check → Build", async () => {
    const { page } = await pane({ ...seed, displayLanguage: "en-US", decimalSeparator: "." });
    await page.getByText(EN.decimalNote(".")).waitFor();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    const model = await readWorkbook(await openXlsx(EXAMPLE));
    const t = model.tables.find((x) => x.kind !== "unknown")!;
    await page.getByText(EN.tableLine(t.sheet, t.range, EN.kind[t.kind], t.rows), { exact: true }).waitFor();
    await scanned(page, "30-en-awal");
    await page.getByRole("button", { name: EN.dismiss }).click();
    await expect(page.getByText(EN.decimalNote(".")).count()).resolves.toBe(0);

    const { errors, warnings, info } = expectedCheck.summary;
    await page.getByRole("button", { name: EN.periksa, exact: true }).click();
    await page.getByText(EN.summary(errors, warnings, info)).waitFor();
    await scanned(page, "31-en-check");
    await page.getByRole("button", { name: EN.buatLaporan }).click();
    await page.getByText(EN.confirmTitle(errors)).waitFor();
    await page.getByRole("button", { name: EN.confirmContinue }).click();
    await page.getByText(EN.generated(reportNames().length)).waitFor({ timeout: 60_000 });
    await scanned(page, "32-en-build");
    await page.getByRole("button", { name: EN.functionsTitle }).click();
    await page.getByText("SAKIP.CAPAIAN", { exact: true }).waitFor();
    await scanned(page, "33-en-functions");
  });
});
