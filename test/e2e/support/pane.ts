import { mkdirSync } from "fs";
import { join } from "path";
import { URL } from "url";
import type { Browser, Page } from "playwright-core";
import { bundleScript } from "./bundle";
import type { StubSeed } from "./office-host";

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Width of an Office task pane (Excel desktop's default is about 350 px). */
export const PANE_WIDTH = 350;
export const SCREENSHOTS = join(__dirname, "..", "..", "..", "output", "e2e");
const HOST = join(__dirname, "office-host.ts");

/** A Content-Security-Policy refusal the page reported (securitypolicyviolation event). */
export type CspViolation = { directive: string; blocked: string };

export type Pane = {
  page: Page;
  blocked: string[];
  errors: string[];
  violations: CspViolation[];
  close(): Promise<void>;
};

/**
 * Opens dist/taskpane.html in a 350 px wide page whose office.js is the stub host over `seed`.
 * Requests to any host but 127.0.0.1 are aborted and listed in `blocked` (no network); what the page's
 * Content-Security-Policy refuses is listed in `violations`.
 */
export async function openPane(browser: Browser, baseUrl: string, seed: StubSeed): Promise<Pane> {
  const script = bundleScript(HOST, "install", seed);
  const context = await browser.newContext({
    viewport: { width: PANE_WIDTH, height: 900 },
    locale: seed.displayLanguage ?? "id-ID",
    serviceWorkers: "block",
  });
  const violations: CspViolation[] = [];
  // Through the DevTools protocol, so the listener itself needs nothing from the page's policy.
  await context.exposeFunction("__cspViolation", (v: CspViolation) => violations.push(v));
  await context.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __cspViolation(v: CspViolation): void }).__cspViolation({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
      }),
    ),
  );
  const page = await context.newPage();
  const blocked: string[] = [];
  const errors: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS)
      return route.fulfill({ contentType: "text/javascript; charset=utf-8", body: script });
    if (new URL(url).hostname === "127.0.0.1") return route.continue();
    blocked.push(url);
    return route.abort();
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${baseUrl}taskpane.html`);
  // Enabled once the pane has read the workbook and its settings (buttons are disabled while a job runs).
  const periksa = /^en/.test(seed.displayLanguage ?? "") ? "Check" : "Periksa";
  await page.waitForFunction(
    (name) => [...document.querySelectorAll("button")].some((b) => b.textContent === name && !b.disabled),
    periksa,
    { timeout: 30_000 },
  );
  return { page, blocked, errors, violations, close: () => context.close() };
}

/**
 * Screenshots in output/e2e/: what the pane shows (`name`.png) and the whole page
 * (`name`-lengkap.png); returns how far the content overflows the pane's width.
 */
export async function shoot(page: Page, name: string): Promise<number> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-lengkap.png`), fullPage: true });
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** What the stub recorded, read from the page. */
export type StubView = {
  runs: { syncs: number; failed: boolean }[];
  associations: string[];
  selected?: string;
  active?: string;
  sheetNames: string[];
};

export async function stubView(page: Page): Promise<StubView> {
  return page.evaluate(() => {
    const s = (window as unknown as { __officeStub: Record<string, unknown> & { sheetNames(): string[] } })
      .__officeStub;
    return {
      runs: JSON.parse(JSON.stringify(s.runs)),
      associations: Object.keys(s.associations as object),
      selected: s.selected as string | undefined,
      active: s.active as string | undefined,
      sheetNames: s.sheetNames(),
    };
  });
}

/** Plain JSON of the stub's workbook (sheets with cells, formats, tags). */
export async function snapshot(page: Page): Promise<{
  sheets: { name: string; cells: Record<string, unknown> }[];
  names: { name: string; sheet: string | null }[];
}> {
  return page.evaluate(() =>
    (window as unknown as { __officeStub: { snapshot(): never } }).__officeStub.snapshot(),
  );
}
