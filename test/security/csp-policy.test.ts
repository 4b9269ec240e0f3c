import { createHash } from "crypto";
import { directives, type Csp } from "./csp-helper";

const csp = require("../../scripts/csp.js") as Csp;

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>t</title><style>b{color:red}</style></head></html>`;

describe("scripts/csp.js: each page's policy", () => {
  it.each([
    ["online", false, ["'self'", "https://appsforoffice.microsoft.com"]],
    ["offline", true, ["'self'"]],
  ])(
    "task pane, %s build: scripts only from this origin (and the office.js CDN online), no inline, no eval",
    (_label, offline, scripts) => {
      const d = directives(csp.contentSecurityPolicy("taskpane.html", PAGE, { offline }));
      expect(d["script-src"]).toEqual(scripts);
      expect(d["default-src"]).toEqual(["'self'"]);
      expect(d["object-src"]).toEqual(["'none'"]);
      // Griffel (Fluent UI) inserts <style> at run time: styles need 'unsafe-inline', scripts never do.
      expect(d["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
      for (const sources of Object.values(d)) expect(sources).not.toContain("'unsafe-eval'");
    },
  );

  it("help page: no script at all, its inline stylesheet allowed by exact hash", () => {
    const d = directives(csp.contentSecurityPolicy("help.html", PAGE));
    expect(d["default-src"]).toEqual(["'none'"]);
    expect(d["script-src"]).toBeUndefined(); // falls back to default-src 'none'
    expect(d["style-src"]).toEqual([sha("b{color:red}")]);
  });

  it("Microsoft's error page copied with office.js (offline build): everything from this origin only", () => {
    const d = directives(csp.contentSecurityPolicy("agaveerrorux/index.html", PAGE, { offline: true }));
    expect(d["default-src"]).toEqual(["'self'"]);
    expect(d["script-src"] ?? d["style-src"]).toBeUndefined(); // both fall back to default-src
  });

  it.each([["commands.html"], ["index.html"], ["taskpane.htm"]])(
    "a page the table does not name (%s) fails the build instead of going out without a policy",
    (name) => {
      expect(() => csp.contentSecurityPolicy(name, PAGE)).toThrow(/No Content-Security-Policy for/);
    },
  );

  it.each([
    ["none", "<p>x</p>", []],
    ["empty", "<style></style>", [sha("")]],
    ["two", "<style>a{}</style><p></p><style>\nb{}\n</style>", [sha("a{}"), sha("\nb{}\n")]],
  ])("inlineStyleHashes hashes the exact text of each <style> (%s)", (_label, html, hashes) => {
    expect(csp.inlineStyleHashes(html)).toEqual(hashes);
  });
});

describe("scripts/csp.js withCsp: the policy goes right after <meta charset>, before anything it governs", () => {
  it.each([
    ["quoted", `<head><meta charset="utf-8"><script src=a.js></script></head>`],
    ["minified, upper case", `<head><meta charset=UTF-8><script src=a.js></script></head>`],
    ["self-closing", `<head><meta charset="utf-8" /><script src=a.js></script></head>`],
  ])("%s charset tag", (_label, html) => {
    const out = csp.withCsp("taskpane.html", html);
    const meta = out.indexOf(`<meta http-equiv="Content-Security-Policy"`);
    expect(meta).toBeGreaterThan(out.indexOf("charset"));
    expect(meta).toBeLessThan(out.indexOf("<script"));
  });

  it("replaces a policy already there (a watch rebuild hands the page back) instead of adding a second", () => {
    const once = csp.withCsp("taskpane.html", PAGE);
    const twice = csp.withCsp("taskpane.html", once, { offline: true });
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(twice).toBe(csp.withCsp("taskpane.html", PAGE, { offline: true }));
  });

  it("fails on a page without <meta charset> rather than put the policy after its scripts", () => {
    expect(() => csp.withCsp("taskpane.html", "<head><script src=a.js></script></head>")).toThrow(
      /no <meta charset/,
    );
  });
});
