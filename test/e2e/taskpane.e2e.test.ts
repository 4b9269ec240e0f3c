import { readFileSync } from "fs";
import { join } from "path";
import type { Browser } from "playwright-core";
import { openXlsx } from "../../src/adapters/xlsx";
import { checkWorkbook } from "../../src/jobs/check-workbook";
import { generateReport } from "../../src/jobs/generate-report";
import type { CheckResult, GenerateResult } from "../../src/jobs/types";
import { S } from "../../src/taskpane/strings";
import type { SheetGrid } from "../../src/workbook/port";
import { launchChromium } from "./support/browser";
import { DIST, ensureDist } from "./support/dist";
import { OFFICE_ERROR_MESSAGE, type StubSeed } from "./support/office-host";
import { openPane, shoot, snapshot, stubView, type Pane } from "./support/pane";
import { EXAMPLE, exampleSeed } from "./support/seed";
import { serveDir, type StaticServer } from "./support/server";

/*
 * The task pane in a real browser (Debian's chromium through playwright-core): dist/taskpane.html with
 * office.js replaced by a stub host whose Excel.run works on the adapters' recording fake, seeded with
 * the bundled example. The expected results come from the same jobs run over the xlsx adapter in Node.
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
    await p.close();
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const inputNames = () => grids.map((g) => g.name);
const reportNames = () => expectedReport.sheets.map((s) => s.name);

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
    await expect(page.locator("li").count()).resolves.toBe(expectedCheck.findings.length);
    const budget = expectedCheck.findings.find((f) => f.rule === "PERSEN_MISMATCH" && f.sheet === "Anggaran");
    expect(budget).toBeDefined();
    const group = page.getByRole("region", { name: "Anggaran" });
    const link = page.getByRole("button", { name: S.goTo("Anggaran", budget!.cell), exact: true });
    const item = group.locator("li").filter({ has: link });
    await expect(item.count()).resolves.toBe(1);
    await expect(item.getByText("Persentase anggaran tidak sesuai").count()).resolves.toBe(1);
    await expect(item.getByText(budget!.message).count()).resolves.toBe(1);
    expect(await shoot(page, "02-periksa")).toBeLessThanOrEqual(0);
    await page.locator("li").last().scrollIntoViewIfNeeded();
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
    const runsBefore = (await stubView(page)).runs.length;
    await page.getByRole("button", { name: S.buatLaporan }).click();
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

    await page.getByRole("button", { name: S.periksa }).click(); // leave the success state, then run again
    await page
      .getByText(/kesalahan ·/)
      .first()
      .waitFor();
    await page.getByRole("button", { name: S.buatLaporan }).click();
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
    await page.getByText(S.renamed(wanted, `${wanted} (2)`)).waitFor();
    const after = await snapshot(page);
    expect(after.sheets.find((s) => s.name === wanted)?.cells).toEqual({
      A1: expect.objectContaining({ value: "Catatan pribadi, jangan dihapus" }),
    });
    expect(after.names.some((n) => n.name.startsWith("_SAKIP") && n.sheet === `${wanted} (2)`)).toBe(true);
    expect(after.names.some((n) => n.sheet === wanted)).toBe(false);
    expect(await shoot(page, "04-nama-dipakai")).toBeLessThanOrEqual(0);
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
    // The reason must be Indonesian too: Office.js's own message is English ("An internal error…").
    const bar = await page.getByText(S.failedHint).locator("xpath=..").innerText();
    expect(bar).not.toContain(OFFICE_ERROR_MESSAGE);
  });
});
