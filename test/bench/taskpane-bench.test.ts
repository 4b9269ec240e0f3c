import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { benchLine, distFile, ORIGIN } from "../../src/bench/taskpane";

describe("benchLine prints `name value unit` with a plain decimal point", () => {
  it.each([
    ["taskpane_js_gzip", 165.2749, "KB", 1, "taskpane_js_gzip 165.3 KB"],
    ["taskpane_first_render", 1234.5, "ms", 0, "taskpane_first_render 1235 ms"],
    ["zero", 0, "ms", 0, "zero 0 ms"],
  ])("%s", (name, value, unit, decimals, line) => {
    expect(benchLine(name, value, unit, decimals)).toBe(line);
    expect(line.split(" ")).toHaveLength(3);
  });
});

describe("distFile answers the bench browser only from dist/", () => {
  const root = mkdtempSync(join(tmpdir(), "bench-"));
  const dist = join(root, "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  writeFileSync(join(dist, "taskpane.html"), "<!doctype html>");
  writeFileSync(join(dist, "assets", "icon.png"), "");
  writeFileSync(join(root, "secret.txt"), "x");
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    ["a page", `${ORIGIN}taskpane.html`, join(dist, "taskpane.html")],
    ["a file in a folder", `${ORIGIN}assets/icon.png`, join(dist, "assets", "icon.png")],
    ["a missing file", `${ORIGIN}nothing.js`, undefined],
    ["a path climbing out of dist", `${ORIGIN}..%2fsecret.txt`, undefined],
    ["another origin", "https://example.org/taskpane.html", undefined],
  ])("%s", (_label, url, file) => {
    expect(distFile(dist, url)).toBe(file);
  });
});
