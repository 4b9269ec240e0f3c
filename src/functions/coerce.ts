import { ok, problem, type Problem, type Result } from "../engine/result";
import { parseNumber } from "../engine/numbers/parse-number";

/**
 * The one argument runner of the SAKIP.* functions: Excel's raw arguments in, clean engine inputs
 * out, engine problems out as CustomFunctions.Error (docs/REPORT.md §5: functions coerce and map only).
 */

/** A cell as Excel hands it to a custom function; omitted optional arguments arrive as null. */
export type Cell = unknown;

/** null, undefined, "" and white space all mean "no value" (an empty cell or an omitted argument). */
export function isBlank(value: Cell): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** An empty or omitted argument becomes null; anything else is passed on unchanged. */
export function blankToNull(value: Cell): Cell {
  return isBlank(value) ? null : value;
}

function show(value: Cell): string {
  return typeof value === "string" ? `"${value.trim()}"` : String(value);
}

/** A required number: JS numbers, or Indonesian text numbers read by the engine ("1.234,5", "Rp 5.000"). */
export function numberArg(value: Cell, name: string): Result<number> {
  if (isBlank(value)) return problem("#VALUE!", `Argumen ${name} kosong: isi dengan angka`);
  if (typeof value === "boolean")
    return problem("#VALUE!", `Argumen ${name} bernilai logika (${value ? "TRUE" : "FALSE"}), bukan angka`);
  if (typeof value !== "number" && typeof value !== "string")
    return problem("#VALUE!", `Argumen ${name} bukan angka`);
  const parsed = parseNumber(value);
  if (parsed.kind === "number") return ok(parsed.value);
  if (parsed.kind === "empty")
    return problem("#VALUE!", `Argumen ${name} kosong (${show(value)}): isi dengan angka`);
  return problem("#VALUE!", `Argumen ${name}: ${show(value)} bukan angka`);
}

/** An optional number: blank gives null. */
export function optionalNumberArg(value: Cell, name: string): Result<number | null> {
  return isBlank(value) ? ok(null) : numberArg(value, name);
}

/** One of a few words (case and spaces ignored); blank gives null so the engine applies its default. */
export function choiceArg<T extends string>(
  value: Cell,
  name: string,
  choices: readonly T[],
): Result<T | null> {
  if (isBlank(value)) return ok(null);
  const key = typeof value === "string" ? value.trim().toLowerCase() : "";
  const found = choices.find((choice) => choice === key);
  return found
    ? ok(found)
    : problem("#VALUE!", `Argumen ${name} tidak dikenal: ${show(value)} (pilih ${choices.join(" atau ")})`);
}

/** A range as rows of cells; a single value (Excel passes a 1×1 range as a scalar in places) becomes [[value]]. */
export function matrixArg(value: Cell): Cell[][] {
  if (!Array.isArray(value)) return [[value]];
  return value.map((row: Cell) => (Array.isArray(row) ? row : [row]));
}

/** A range flattened row by row. */
export function flatten(value: Cell): Cell[] {
  return matrixArg(value).flat();
}

/** Every cell of a range as a number, blank cells as null (the engine decides what a gap means). */
export function numbersOrBlank(value: Cell, name: string): Result<(number | null)[]> {
  const out: (number | null)[] = [];
  for (const [i, cell] of flatten(value).entries()) {
    if (isBlank(cell)) {
      out.push(null);
      continue;
    }
    const n = numberArg(cell, `${name} (sel ke-${i + 1})`);
    if (!n.ok) return n;
    out.push(n.value);
  }
  return ok(out);
}

const CODES = {
  "#DIV/0!": "divisionByZero",
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
} as const;

/** The CustomFunctions.Error Excel shows for an engine problem: same code, the engine's Indonesian message. */
export function toCustomFunctionsError(issue: Problem): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[CODES[issue.code]], issue.message);
}

/**
 * Runs one function body: a value is returned, a problem is thrown as CustomFunctions.Error
 * (Excel's documented way to show #VALUE!/#DIV/0!/#N/A with a message).
 */
export function run<T>(compute: () => Result<T>): T {
  const result = compute();
  if (!result.ok) throw toCustomFunctionsError(result);
  return typeof result.value === "number" ? (finiteResult(result.value) as T) : result.value;
}

/**
 * The last guard before a number reaches a cell: Excel has no −0 (it would show as 0 but compare oddly
 * in formulas) and no infinity (a cell cannot hold one), so −0 becomes 0 and ±∞ or NaN #VALUE!.
 */
function finiteResult(value: number): number {
  if (!Number.isFinite(value))
    throw toCustomFunctionsError(
      problem("#VALUE!", "Hasil terlalu besar untuk disimpan Excel (melebihi ±1,8E+308); periksa argumennya"),
    );
  return value === 0 ? 0 : value;
}
