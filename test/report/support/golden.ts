/**
 * Golden files for SheetSpecs: test/report/golden/<name>.json, written ONLY with UPDATE_GOLDEN=1
 * (then reviewed and committed). A missing golden file fails the test; it is never written silently.
 */
import * as fs from "fs";
import * as path from "path";

const DIR = path.join(__dirname, "..", "golden");

/** JSON with arrays of plain values (a row of cells, a width list) on one line, so a diff shows rows. */
export function stableJson(value: unknown, indent = ""): string {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== "object")) return JSON.stringify(value);
    const inner = indent + "  ";
    return `[\n${value.map((v) => inner + stableJson(v, inner)).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.every(([, v]) => v === null || typeof v !== "object") && JSON.stringify(value).length < 110)
      return JSON.stringify(value);
    const inner = indent + "  ";
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stableJson(v, inner)}`).join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** Compares `value` with the golden file `name`; with UPDATE_GOLDEN=1 (re)writes it instead. */
export function expectGolden(name: string, value: unknown): void {
  const file = path.join(DIR, `${name}.json`);
  const text = stableJson(value) + "\n";
  if (process.env.UPDATE_GOLDEN === "1") {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(file, text);
    return;
  }
  if (!fs.existsSync(file)) {
    throw new Error(
      `Golden file ${path.relative(process.cwd(), file)} is missing: run UPDATE_GOLDEN=1 npx jest test/report, review it, commit it.`,
    );
  }
  expect(JSON.parse(text)).toEqual(JSON.parse(fs.readFileSync(file, "utf8")));
}
