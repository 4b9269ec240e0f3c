import { createHash } from "crypto";
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { ensureDist, type BuildKind } from "../e2e/support/dist";
import { cspMetas, directives, parseHtml, scriptAllowed, scriptSources } from "./csp-helper";

/*
 * The Content-Security-Policy as it ships: read from the built pages of both builds (npm run build and
 * npm run build:offline), each rebuilt only when a source changed. That the task pane really works
 * under it is shown by test/e2e (which fails on any policy refusal).
 */

const PAGE_URL = "https://sakip.example.go.id/addin/taskpane.html"; // where a deployment serves dist/
const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";
const BUILDS: BuildKind[] = ["online", "offline"];
const dirs = {} as Record<BuildKind, string>;

beforeAll(() => {
  for (const kind of BUILDS) dirs[kind] = ensureDist(kind).dir;
}, 600_000);

/** Every .html under `dir`, relative and sorted. */
function htmlPages(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? htmlPages(dir, `${prefix}${e.name}/`)
        : e.name.endsWith(".html")
          ? [prefix + e.name]
          : [],
    )
    .sort();
}

const html = (kind: BuildKind, name: string) => readFileSync(join(dirs[kind], name), "utf8");
const policyOf = (kind: BuildKind, name: string) =>
  directives(cspMetas(parseHtml(html(kind, name)))[0]?.getAttribute("content") ?? "");
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe.each(BUILDS)("%s build: every html page carries its policy", (kind) => {
  it("each emitted .html has exactly one policy <meta>, in <head>, before every script, style and link", () => {
    const pages = htmlPages(dirs[kind]);
    expect(pages).toEqual([
      ...(kind === "offline" ? ["agaveerrorux/index.html"] : []), // Microsoft's, copied with office.js
      "help.html",
      "taskpane.html",
    ]);
    for (const name of pages) {
      const doc = parseHtml(html(kind, name));
      const metas = cspMetas(doc);
      expect(metas).toHaveLength(1);
      expect(metas[0].parentElement?.tagName).toBe("HEAD");
      const governed = Array.from(doc.querySelectorAll("script, style, link"));
      for (const el of governed)
        expect(metas[0].compareDocumentPosition(el) & 4 /* DOCUMENT_POSITION_FOLLOWING */).toBe(4);
    }
  });

  it("the task pane: every script it loads is allowed, none is inline, and nothing else may run", () => {
    const d = policyOf(kind, "taskpane.html");
    const scripts = Array.from(parseHtml(html(kind, "taskpane.html")).querySelectorAll("script"));
    expect(scripts.map((s) => s.getAttribute("src"))).toEqual([
      kind === "online" ? `${OFFICE_ORIGIN}/lib/1/hosted/office.js` : "office.js",
      "taskpane.js",
      "functions.js",
    ]);
    for (const s of scripts) {
      expect(s.textContent).toBe("");
      expect(scriptAllowed(s.getAttribute("src")!, PAGE_URL, scriptSources(d))).toBe(true);
    }
    expect(d["script-src"]).toEqual(kind === "online" ? ["'self'", OFFICE_ORIGIN] : ["'self'"]);
    expect(d["default-src"]).toEqual(["'self'"]);
    expect(d["object-src"]).toEqual(["'none'"]);
    expect(d["base-uri"]).toEqual(["'self'"]);
    // Griffel (Fluent UI) inserts its style rules at run time, hence 'unsafe-inline' for styles only.
    expect(d["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    for (const sources of Object.values(d)) {
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources).not.toContain("*");
    }
  });

  it("a script from anywhere else would be refused", () => {
    const sources = scriptSources(policyOf(kind, "taskpane.html"));
    for (const src of [
      "https://example.org/x.js",
      "http://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    ])
      expect(scriptAllowed(src, PAGE_URL, sources)).toBe(false);
    expect(scriptAllowed(`${OFFICE_ORIGIN}/lib/1/hosted/office.js`, PAGE_URL, sources)).toBe(
      kind === "online",
    );
  });

  it("help.html runs no script, and only its own stylesheet (by hash) styles it", () => {
    const doc = parseHtml(html(kind, "help.html"));
    expect(doc.querySelectorAll("script")).toHaveLength(0);
    const d = policyOf(kind, "help.html");
    expect(d["default-src"]).toEqual(["'none'"]);
    expect(d["script-src"]).toBeUndefined();
    const styles = Array.from(doc.querySelectorAll("style")).map((s) => s.textContent ?? "");
    expect(styles).toHaveLength(1);
    expect(d["style-src"]).toEqual(styles.map(sha256));
  });
});

describe("offline build: nothing from outside", () => {
  it("no policy of any page names a host, and office.js is in the build itself", () => {
    for (const name of htmlPages(dirs.offline))
      for (const sources of Object.values(policyOf("offline", name)))
        for (const source of sources) expect(source).not.toMatch(/^(https?:|\*)|\./);
    expect(existsSync(join(dirs.offline, "office.js"))).toBe(true);
  });
});
