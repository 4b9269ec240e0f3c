import { readFileSync } from "fs";
import { join } from "path";
import type { Browser } from "playwright-core";
import { openXlsx } from "../../src/adapters/xlsx";
import { checkWorkbook } from "../../src/jobs/check-workbook";
import { generateReport } from "../../src/jobs/generate-report";
import type { CheckResult, GenerateResult } from "../../src/jobs/types";
import { S } from "../../src/taskpane/strings";
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
    expect(await axeScan(page)).toEqual([]);
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
    expect(await axeScan(page)).toEqual([]);

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
