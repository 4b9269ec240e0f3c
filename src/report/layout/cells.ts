import type { CellInput } from "../../engine/model/sheet-spec";
import type { ModelCell } from "../../engine/model/types";
import type { Result } from "../../engine/result";
import { angkaFormat } from "./styles";
import type { Filled, Formatted, ProblemCell, ReportCell } from "./types";

/** What a cell that cannot be computed shows. */
export const EMPTY_RESULT = "–";

/** Text of an input cell, as a plain string value (a leading "=" stays text: writers never evaluate strings). */
export function textOf(cell: ModelCell | undefined): string | null {
  if (!cell) return null;
  const text = cell.text.trim();
  return text === "" ? null : text;
}

/** An indicator value as typed: the parsed number with its printed decimals, else its text, else empty. */
export function angkaOf(cell: ModelCell | undefined): ReportCell {
  if (!cell) return null;
  if (cell.num !== null && Number.isFinite(cell.num))
    return { value: cell.num, format: angkaFormat(cell.decimals) };
  return textOf(cell);
}

/** A computed number, or its Problem (written as the error code with a note). */
export function resultCell(result: Result<number> | undefined | null): ReportCell {
  if (!result) return null;
  if (!result.ok) return { problem: result };
  return Number.isFinite(result.value) ? result.value : null;
}

/** A plain number; never NaN/Infinity (those become an empty cell). */
export function numberCell(value: number | null | undefined): ReportCell {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

export function isFormatted(cell: ReportCell): cell is Formatted {
  return typeof cell === "object" && cell !== null && "format" in cell;
}

export function isFilled(cell: ReportCell): cell is Filled {
  return typeof cell === "object" && cell !== null && "fill" in cell;
}

export function isProblem(cell: ReportCell): cell is ProblemCell {
  return typeof cell === "object" && cell !== null && "problem" in cell;
}

/** The value the writer gets for a report cell. */
export function toInput(cell: ReportCell): CellInput {
  if (isFormatted(cell)) return cell.value;
  if (isFilled(cell)) return cell.label;
  // Nothing to compute prints as a dash, never as an error code; the reason goes in the cell's note.
  if (isProblem(cell)) return EMPTY_RESULT;
  if (typeof cell === "number" && !Number.isFinite(cell)) return null;
  return cell;
}
