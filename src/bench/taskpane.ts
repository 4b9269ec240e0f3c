import { existsSync, readFileSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import { URL } from "node:url";
import type { Browser } from "playwright-core";
import { launchChromium } from "./browser";
import { gzipBytes } from "./bundle-size";
import { benchLine, median } from "./measure";

export { benchLine };

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** A made-up https origin: the pages are answered from dist/ by the browser's request handler, no server. */
export const ORIGIN = "https://sakip.bench.invalid/";
const RUNS = 5;

/** Just enough office.js for the pane's first render: Excel ready, every API set there, no workbook calls. */
const OFFICE_STUB = `window.Office = {
  HostType: { Excel: "Excel" }, PlatformType: { OfficeOnline: "OfficeOnline" },
  context: { displayLanguage: "id-ID", requirements: { isSetSupported: function () { return true; } } },
  actions: { associate: function () {} },
  onReady: function (cb) { var i = { host: "Excel", platform: "OfficeOnline" }; if (cb) setTimeout(function () { cb(i); }); return Promise.resolve(i); }
};
window.CustomFunctions = { associate: function () {}, Error: Error, ErrorCode: {} };
window.Excel = { run: function () { return Promise.reject(new Error("bench: no workbook")); } };`;

/** Runs before the page's scripts (injected by the browser, so the page's policy does not apply to it). */
const FIRST_RENDER_PROBE = `new MutationObserver(function (_m, observer) {
  var container = document.getElementById("container");
  if (container && container.firstChild) { window.__firstRender = performance.now(); observer.disconnect(); }
}).observe(document, { childList: true, subtree: true });`;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
};

/** dist/ file for a URL under ORIGIN, or undefined for anything outside dist/ or missing. */
export function distFile(dist: string, url: string): string | undefined {
  if (!url.startsWith(ORIGIN)) return undefined;
  const base = normalize(dist + sep);
  const file = normalize(join(base, decodeURIComponent(new URL(url).pathname)));
  return file.startsWith(base) && existsSync(file) ? file : undefined;
}

/**
 * Milliseconds from navigation start to React's first commit into #container (the pane with its
 * buttons), in a fresh browser context (cold cache) under the page's real Content-Security-Policy.
 */
export async function firstRenderMs(browser: Browser, dist: string): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 350, height: 900 },
    serviceWorkers: "block",
  });
  try {
    await context.addInitScript({ content: FIRST_RENDER_PROBE });
    const page = await context.newPage();
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ contentType: TYPES[".js"], body: OFFICE_STUB });
      const file = distFile(dist, url);
      if (!file) return route.abort();
      return route.fulfill({
        contentType: TYPES[extname(file)] ?? "application/octet-stream",
        body: readFileSync(file),
      });
    });
    await page.goto(`${ORIGIN}taskpane.html`);
    await page.waitForFunction("window.__firstRender", null, { timeout: 30_000 });
    return Number(await page.evaluate("window.__firstRender"));
  } finally {
    await context.close();
  }
}

/**
 * Bench section: the task pane bundle's gzip size and its first render in the e2e test's Chromium
 * (median of 5 cold loads). Reads an existing build (npm run bench builds first).
 */
export async function taskpaneSection(root: string = process.cwd()): Promise<string[]> {
  const dist = join(root, "dist");
  const js = join(dist, "taskpane.js");
  if (!existsSync(js)) return ["# taskpane_js: dist/taskpane.js belum ada — jalankan npm run build dulu"];
  const lines = [benchLine("taskpane_js_gzip", gzipBytes(readFileSync(js)) / 1024, "KB", 1)];
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await firstRenderMs(browser, dist));
    lines.push(benchLine("taskpane_first_render", median(times), "ms"));
  } finally {
    await browser.close();
  }
  return lines;
}
