/** ModelCell from a grid cell: the number read the Indonesian way, printed decimals, percent, issue. */
import { parseNumber, type ParsedNumber } from "../engine/numbers";
import type { CellIssue, ModelCell } from "../engine/model/types";
import type { GridCell } from "./port";
import { formatDecimals, isDateFormat, isPercentFormat, shortestDecimals } from "./number-format";
import { valueWithUnit } from "./value-with-unit";

/** How a column is read: text fields keep text; numeric ones parse, `lenient` ones accept "BB", "70–80". */
export type ColumnMode = { numeric: boolean; english: boolean; lenient: boolean };

const GRADE_OR_RANGE =
  /^(aa|a|bb|b|cc|c|d|wtp|wdp|tw|tmp|tidak wajar|st|t|s|r|sr)$|^[-+]?\d[\d.,]*\s*%?\s*(?:[-–—]|s\/?d|sampai)\s*\d[\d.,]*\s*%?$/i;

function rawOf(cell: GridCell | null): ModelCell["raw"] {
  if (!cell) return null;
  const v = cell.v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return typeof v === "string" || typeof v === "boolean" ? v : null;
}

function textOf(cell: GridCell | null): string {
  if (!cell) return "";
  if (cell.error) return String(cell.error);
  const v = cell.v;
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? v.trim() : String(v);
}

function cellOf(
  sheet: string,
  address: string,
  cell: GridCell | null,
  num: number | null,
  decimals: number | null,
  percent: boolean,
  issue?: CellIssue,
): ModelCell {
  const out: ModelCell = {
    origin: { sheet, cell: address },
    raw: rawOf(cell),
    num,
    text: textOf(cell),
    decimals,
    percent,
  };
  if (issue) out.issue = issue;
  return out;
}

/** An Excel date serial (1900 system) as the date it shows: 45352 → "2024-03-01". */
function serialDate(serial: number): string {
  const date = new Date(Math.round((serial - 25569) * 86_400_000));
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

function fromNumber(value: number, cell: GridCell, sheet: string, address: string): ModelCell {
  if (!Number.isFinite(value)) return cellOf(sheet, address, cell, null, null, false, "NOT_A_NUMBER");
  // A number under a date format shows a date (Office.js gives every date cell so): 45352 is not a realisasi of 45 352.
  if (isDateFormat(cell.fmt)) {
    const dated = cellOf(sheet, address, cell, null, null, false, "NOT_A_NUMBER");
    dated.text = serialDate(value);
    return dated;
  }
  const decimals = formatDecimals(cell.fmt);
  if (isPercentFormat(cell.fmt)) {
    // A cell 0.9 with format "0%" shows "90%": the model holds percent points (90), as reports print,
    // so a stated capaian typed as 90% compares with 67,71 / 70 × 100 on one scale.
    const points = Number((value * 100).toPrecision(15));
    if (!Number.isFinite(points)) return cellOf(sheet, address, cell, null, null, false, "NOT_A_NUMBER");
    return cellOf(sheet, address, cell, points, decimals ?? shortestDecimals(points), true);
  }
  return cellOf(sheet, address, cell, value === 0 ? 0 : value, decimals ?? shortestDecimals(value), false);
}

/**
 * The model's view of one input cell; never throws, never NaN.
 * @example readCell({ v: "17,65%" }, "Kinerja", "D5", { numeric: true, english: false, lenient: false }).num //=> 17.65
 */
export function readCell(cell: GridCell | null, sheet: string, address: string, mode: ColumnMode): ModelCell {
  const out = readValue(cell, sheet, address, mode);
  if (cell?.formula) out.formula = cell.formula;
  return out;
}

function readValue(cell: GridCell | null, sheet: string, address: string, mode: ColumnMode): ModelCell {
  if (!cell || !mode.numeric) return cellOf(sheet, address, cell, null, null, false);
  if (cell.error || typeof cell.v === "boolean")
    return cellOf(sheet, address, cell, null, null, false, "NOT_A_NUMBER");
  if (typeof cell.v === "number") return fromNumber(cell.v, cell, sheet, address);
  const p = parseNumber(cell.v, { english: mode.english });
  if (p.kind === "empty") {
    // "-" in a numeric column means "no value" (docs/DOMAIN.md §9): the model holds it as empty.
    const empty = cellOf(sheet, address, cell, null, null, false);
    empty.text = "";
    return empty;
  }
  if (p.kind === "text") {
    const lenient = mode.lenient && GRADE_OR_RANGE.test(textOf(cell));
    const unit = mode.lenient && !lenient ? valueWithUnit(textOf(cell), mode.english) : undefined;
    if (unit?.kind === "number") return fromParsed(unit, cell, sheet, address, mode);
    return cellOf(sheet, address, cell, null, null, false, lenient ? undefined : "NOT_A_NUMBER");
  }
  return fromParsed(p, cell, sheet, address, mode);
}

function fromParsed(
  p: Extract<ParsedNumber, { kind: "number" }>,
  cell: GridCell,
  sheet: string,
  address: string,
  mode: ColumnMode,
): ModelCell {
  if (!Number.isFinite(p.value)) return cellOf(sheet, address, cell, null, null, false, "NOT_A_NUMBER");
  // Read as English only because the whole column is; else a dot decimal is ambiguous (docs/DOMAIN.md §9).
  const issue: CellIssue | undefined =
    mode.english && p.english ? "ENGLISH_FORMAT" : p.ambiguous ? "FORMAT_AMBIGUOUS" : undefined;
  return cellOf(sheet, address, cell, p.value, p.decimals, p.percent, issue);
}
