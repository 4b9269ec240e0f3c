import * as fs from "fs";
import * as path from "path";
import { gzipSync } from "zlib";
import { CATALOG } from "../../src/functions/catalog";
import { ensureDist } from "../e2e/support/dist";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const file = (name: string) => path.join(DIST, name);
const read = (name: string) => fs.readFileSync(file(name), "utf8");

function allFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

// Checks the production build, rebuilt only when a source changed (shared with the e2e test, one build at a time).
beforeAll(() => ensureDist(), 300_000);

describe("npm run build produces the add-in", () => {
  it.each([
    ["taskpane.html"],
    ["taskpane.js"],
    ["functions.js"],
    ["functions.json"],
    ["manifest.xml"],
    ["help.html"],
    ["assets/icon-80.png"],
  ])("dist/%s", (name) => {
    expect(fs.statSync(file(name)).size).toBeGreaterThan(0);
  });

  it("no file in dist/ contains HyperFormula (GPL-3.0, test-only)", () => {
    const offenders = allFiles(DIST).filter((f) => /hyperformula/i.test(fs.readFileSync(f, "latin1")));
    expect(offenders).toEqual([]);
  });

  it("functions.json lists every function with its Indonesian description and a production help URL", () => {
    const functions = (
      JSON.parse(read("functions.json")) as {
        functions: { id: string; description: string; helpUrl: string }[];
      }
    ).functions;
    expect(functions.map((f) => f.id).sort()).toEqual(CATALOG.map((e) => e.id).sort());
    for (const entry of CATALOG) {
      const f = functions.find((x) => x.id === entry.id)!;
      expect(f.description).toBe(entry.description);
      expect(f.helpUrl).toMatch(new RegExp(`^https://(?!localhost)[^/]+/.*help\\.html#${entry.anchor}$`));
    }
  });

  it("functions.js associates every id (added by the metadata plugin, not by hand) and stays under 30 KB gzip", () => {
    const js = read("functions.js");
    for (const { id } of CATALOG) expect(js).toContain(`CustomFunctions.associate("${id}",`);
    expect(gzipSync(js, { level: 9 }).length).toBeLessThan(30 * 1024);
  });

  it("taskpane.html loads office.js first, then the task pane and the functions (shared runtime)", () => {
    const html = read("taskpane.html");
    const office = html.indexOf("office.js");
    expect(office).toBeGreaterThan(-1);
    expect(html.indexOf("taskpane.js")).toBeGreaterThan(office);
    expect(html.indexOf("functions.js")).toBeGreaterThan(office);
  });

  it("the built manifest has no development URL left", () => {
    expect(read("manifest.xml")).not.toMatch(/localhost:3000/);
    expect(read("help.html")).toMatch(/id="?capaian"?[ >]/); // html-webpack-plugin minifies the page
  });
});
