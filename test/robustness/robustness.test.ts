/**
 * Issue 13 item 2, the robustness suite: adversarial workbooks (workbooks.ts) through read → check →
 * generate → regenerate, as the CLI runs them. For each: no exception and a 0/1 exit; no NaN, Infinity,
 * "undefined" or "[object Object]" in any finding or report cell; no cell over 32,767 characters; the
 * input file byte-identical; the user's sheets unchanged; regenerating the output gives the same report.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { openXlsx } from "../../src/adapters/xlsx";
import { checkWorkbook } from "../../src/jobs/check-workbook";
import { ADVERSARIES, randomMutations, type Adversary } from "./workbooks";

const MAX_CELL = 32_767;
const BAD_TEXT = /\bNaN\b|Infinity|\bundefined\b|\[object Object\]/;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-robust-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const quiet = { out: () => undefined, err: () => undefined, color: false };
const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** Every place in a finding or result where a number is not finite or a text shows a leaked value. */
function badValues(value: unknown, where = "$"): string[] {
  if (typeof value === "number")
    return Number.isFinite(value) && !Object.is(value, -0) ? [] : [`${where}=${value}`];
  if (typeof value === "string") return BAD_TEXT.test(value) ? [`${where}=${value.slice(0, 80)}`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => badValues(v, `${where}[${i}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => badValues(v, `${where}.${k}`));
  return [];
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object" || value instanceof Date) return String(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("text" in value) return String(value.text);
  if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  return JSON.stringify(value);
}

function sheetValues(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(`${c.address}=${JSON.stringify(c.value)}`)));
  return out;
}

/** Problems in the report sheets (the sheets not in the input) of a written workbook. */
function badCells(wb: ExcelJS.Workbook, inputSheets: Set<string>): string[] {
  const bad: string[] = [];
  for (const ws of wb.worksheets) {
    if (inputSheets.has(ws.name)) continue;
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value;
        const at = `${ws.name}!${c.address}`;
        if (typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0))) bad.push(`${at}=${v}`);
        const text = cellText(v);
        if (text.length > MAX_CELL) bad.push(`${at}: ${text.length} characters`);
        if (BAD_TEXT.test(text)) bad.push(`${at}=${text.slice(0, 80)}`);
      }),
    );
  }
  return bad;
}

const CASES: Adversary[] = [...ADVERSARIES, ...randomMutations(14)];

describe("robustness: adversarial workbooks through check → generate → regenerate", () => {
  it.each(CASES.map((c, i) => [c.name, i] as const))(
    "%s",
    async (_name, i) => {
      const input = path.join(dir, `masukan-${i}.xlsx`);
      fs.writeFileSync(input, await CASES[i].build());
      const before = sha(input);

      const checked = await checkWorkbook(await openXlsx(input));
      expect(badValues(checked)).toEqual([]);
      const first = path.join(dir, `laporan-${i}.xlsx`);
      const second = path.join(dir, `laporan-${i}-ulang.xlsx`);
      if (checked.nothingRead) {
        // Nothing to check or report on (issue 9): exit 2 in both commands, no report written.
        expect(await main(["check", input, "--json"], quiet)).toBe(2);
        expect(await main(["generate", input, "-o", first], quiet)).toBe(2);
        expect(fs.existsSync(first)).toBe(false);
        expect(sha(input)).toBe(before);
        return;
      }
      expect([0, 1]).toContain(await main(["check", input, "--json"], quiet));
      expect(await main(["generate", input, "-o", first], quiet)).toBe(0);
      expect(sha(input)).toBe(before);

      const [inWb, outWb] = [await load(input), await load(first)];
      const inputSheets = new Set(inWb.worksheets.map((w) => w.name));
      for (const ws of inWb.worksheets)
        expect(sheetValues(outWb.getWorksheet(ws.name)!)).toEqual(sheetValues(ws));
      expect(badCells(outWb, inputSheets)).toEqual([]);

      expect(await main(["generate", first, "-o", second], quiet)).toBe(0);
      const again = await load(second);
      expect(again.worksheets.map((w) => w.name)).toEqual(outWb.worksheets.map((w) => w.name));
      for (const ws of outWb.worksheets)
        expect(sheetValues(again.getWorksheet(ws.name)!)).toEqual(sheetValues(ws));
    },
    30_000,
  );
});
