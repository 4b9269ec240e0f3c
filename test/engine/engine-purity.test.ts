import { readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve, sep } from "path";

// docs/REPORT.md §5: src/engine imports nothing outside src/engine (no Office, DOM, React, ExcelJS, Node).
const ENGINE = resolve(__dirname, "../../src/engine");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(name) ? [path] : [];
  });
}

const SPEC =
  /(?:import|export)\s[^'"`;]*?from\s*["']([^"']+)["']|import\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|require\s*\(\s*["']([^"']+)["']\s*\)/g;

export function specifiers(text: string): string[] {
  return [...text.matchAll(SPEC)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
}

function escapes(file: string, spec: string): boolean {
  if (!spec.startsWith(".")) return true; // any package or Node built-in ('fs', 'node:path', 'react', 'exceljs', 'office-js')
  const target = resolve(dirname(file), spec);
  return target !== ENGINE && !target.startsWith(ENGINE + sep);
}

describe("the import scanner itself", () => {
  it.each([
    ['import { x } from "../result";', ["../result"]],
    ["import type { A } from './a';", ["./a"]],
    ['export { b } from "./b";', ["./b"]],
    ['import "side-effect";', ["side-effect"]],
    ['const fs = require("fs");', ["fs"]],
    ['await import("node:path");', ["node:path"]],
    ['import ExcelJS from "exceljs";', ["exceljs"]],
  ])("%s", (text, expected) => {
    expect(specifiers(text)).toEqual(expected);
  });
  it.each([
    [join(ENGINE, "capaian/capaian.ts"), "../result", false],
    [join(ENGINE, "capaian/capaian.ts"), "../../workbook/port", true],
    [join(ENGINE, "index.ts"), "../jobs/types", true],
    [join(ENGINE, "index.ts"), "./numbers", false],
    [join(ENGINE, "index.ts"), "react", true],
    [join(ENGINE, "index.ts"), "node:fs", true],
  ])("%s imports %s → escapes %p", (file, spec, expected) => {
    expect(escapes(file, spec)).toBe(expected);
  });
});

// Host globals would tie the engine to Office or a browser even without an import.
const HOST_GLOBAL = /\b(Office|Excel|document|window|localStorage|process|Buffer|__dirname)\s*[.[]/;

function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

describe("the host-global scanner itself", () => {
  it.each([
    ["Office.onReady();", true],
    ["const w = window.innerWidth;", true],
    ["process.env.X", true],
    ["// like Excel. In a comment", false],
    ["/* document.title */ const a = 1;", false],
    ["const excelish = 1;", false],
  ])("%s → %p", (text, expected) => {
    expect(HOST_GLOBAL.test(code(text))).toBe(expected);
  });
});

describe("src/engine imports nothing outside src/engine", () => {
  const files = sources(ENGINE);
  it("finds the engine files", () => expect(files.length).toBeGreaterThan(10));
  it.each(files.map((f) => [relative(ENGINE, f), f] as const))("%s", (_name, file) => {
    const bad = specifiers(readFileSync(file, "utf8")).filter((spec) => escapes(file, spec));
    expect(bad).toEqual([]);
  });
  it.each(files.map((f) => [relative(ENGINE, f), f] as const))("%s uses no host global", (_name, file) => {
    expect(code(readFileSync(file, "utf8")).match(HOST_GLOBAL)).toBeNull();
  });
});
