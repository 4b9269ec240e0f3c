/** ModelCell from a grid cell: the number read the Indonesian way, printed decimals, percent, issue. */
import { parseNumber } from "../engine/numbers";
import type { CellIssue, ModelCell } from "../engine/model/types";
import type { GridCell } from "./port";
import { formatDecimals, isPercentFormat, shortestDecimals } from "./number-format";

/** How a column is read: text fields keep text; numeric ones parse, `lenient` ones accept "BB", "70–80". */
export type ColumnMode = { numeric: boolean; english: boolean; lenient: boolean };

const GRADE_OR_RANGE = /^(aa|a|bb|b|cc|c|d|wtp|wdp|tw|tmp|tidak wajar|st|t|s|r|sr)$|^[-+]?\d[\d.,]*\s*%?\s*(?:[-–—]|s\/?d|sampai)\s*\d[\d.,]*\s*%?$/i;

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

function fromNumber(value: number, cell: GridCell, base: ModelCell): ModelCell {
  if (!Number.isFinite(value)) return { ...base, issue: "NOT_A_NUMBER" };
  const decimals = formatDecimals(cell.fmt);
  if (isPercentFormat(cell.fmt)) {
    // A cell 0.9 with format "0%" shows "90%": the model holds percent points (90), as reports print,
    // so a stated capaian typed as 90% compares with 67,71 / 70 × 100 on one scale.
    const points = Number((value * 100).toPrecision(15));
    if (!Number.isFinite(points)) return { ...base, issue: "NOT_A_NUMBER" };
    return { ...base, num: points, decimals: decimals ?? shortestDecimals(points), percent: true };
  }
  return { ...base, num: value === 0 ? 0 : value, decimals: decimals ?? shortestDecimals(value) };
}

/**
 * The model's view of one input cell; never throws, never NaN.
 * @example readCell({ v: "17,65%" }, "Kinerja", "D5", { numeric: true, english: false, lenient: false }).num //=> 17.65
 */
export function readCell(cell: GridCell | null, sheet: string, address: string, mode: ColumnMode): ModelCell {
  const base: ModelCell = { origin: { sheet, cell: address }, raw: rawOf(cell), num: null, text: textOf(cell), decimals: null, percent: false };
  if (!cell || !mode.numeric) return base;
  if (cell.error) return { ...base, issue: "NOT_A_NUMBER" };
  if (typeof cell.v === "number") return fromNumber(cell.v, cell, base);
  if (typeof cell.v === "boolean") return { ...base, issue: "NOT_A_NUMBER" };
  const p = parseNumber(cell.v, { english: mode.english });
  if (p.kind === "empty") return base;
  if (p.kind === "text") {
    if (mode.lenient && GRADE_OR_RANGE.test(base.text)) return base;
    return { ...base, issue: "NOT_A_NUMBER" };
  }
  if (!Number.isFinite(p.value)) return { ...base, issue: "NOT_A_NUMBER" };
  const out: ModelCell = { ...base, num: p.value, decimals: p.decimals, percent: p.percent };
  let issue: CellIssue | undefined;
  if (mode.english && p.english) issue = "ENGLISH_FORMAT";
  else if (p.ambiguous) issue = "FORMAT_AMBIGUOUS";
  if (issue) out.issue = issue;
  return out;
}
