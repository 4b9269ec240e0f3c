import * as fs from "fs";
import * as path from "path";
import { CATALOG, HELP_PAGE } from "../../src/functions/catalog";
import { functionTableMarkdown, helpPageHtml } from "../../src/help/render";

type Script = {
  START: string;
  END: string;
  markdownTable: () => string;
  helpPageHtml: () => string;
  withTable: (readme: string, table: string) => string;
};

const script = require("../../scripts/function-table.js") as Script;

const ROOT = path.join(__dirname, "..", "..");
const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

describe("README's function table is generated from the catalog (node scripts/function-table.js --write)", () => {
  it("the block between the markers equals the generated table", () => {
    const start = readme.indexOf(script.START);
    const end = readme.indexOf(script.END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    expect(readme.slice(start + script.START.length, end).trim()).toBe(functionTableMarkdown());
  });

  it("the script (used by webpack for help.html) renders exactly what the TypeScript renders", () => {
    expect(script.markdownTable()).toBe(functionTableMarkdown());
    expect(script.helpPageHtml()).toBe(helpPageHtml());
  });

  it.each([
    [
      "replaces only the block",
      `a\n${script.START}\nold\n${script.END}\nb\n`,
      `a\n${script.START}\nT\n${script.END}\nb\n`,
    ],
    ["appends markers when missing", "# README\n", `# README\n\n${script.START}\nT\n${script.END}\n`],
  ])("withTable %s", (_label, before, after) => {
    expect(script.withTable(before, "T")).toBe(after);
  });
});

describe("the issue's ten functions and the help page anchors", () => {
  const required = [
    "CAPAIAN",
    "KRITERIA",
    "PREDIKAT",
    "SERAPAN",
    "SISA",
    "EFISIENSI",
    "KEMAJUAN",
    "TAHUNAN",
    "RATA",
    "ANGKA",
  ];
  it("every required function is in the catalog, ids and anchors unique", () => {
    const ids = CATALOG.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(required));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(CATALOG.map((e) => e.anchor)).size).toBe(ids.length);
  });

  const html = helpPageHtml();
  it.each(CATALOG.map((e) => [e.id, e] as const))("%s has a section, a row and an example", (id, entry) => {
    expect(html).toContain(`<section id="${entry.anchor}">`);
    expect(html).toContain(`SAKIP.${id}(`);
    const row = functionTableMarkdown()
      .split("\n")
      .find((l) => l.startsWith(`| \`SAKIP.${id}(`));
    expect(row).toContain(entry.example.result);
    expect(
      entry.example.formula.startsWith(`=SAKIP.${id}(`) || entry.example.formula.includes(`SAKIP.${id}(`),
    ).toBe(true);
  });

  it("help URLs point at the add-in's own page", () => {
    expect(HELP_PAGE).toBe("https://localhost:3000/help.html");
    expect(html).toMatch(/^<!doctype html>\n<html lang="id">/);
  });

  it("escapes text for HTML", () => {
    const page = helpPageHtml([{ ...CATALOG[0], description: 'a < b & "c"' }]);
    expect(page).toContain("a &lt; b &amp; &quot;c&quot;");
  });
});
