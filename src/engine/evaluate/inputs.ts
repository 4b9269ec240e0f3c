import { ok, problem, type Result } from "../result";
import { parseTarget, type TargetSpec } from "../capaian";
import { tahunan, type Agregasi } from "../triwulan";
import type { ModelCell, Quarters } from "../model/types";

/** A value as it goes into the engine: the parsed number when there is one, else the text ("BB", "70–80"). */
export type EngineInput = { value: number | string; from: "cell" | "triwulan" } | null;

/**
 * The engine input of a cell: its number, else its non-empty text, else null.
 * @example cellInput({ num: 63, text: "63", ... }) //=> 63
 */
export function cellInput(cell: ModelCell | undefined): number | string | null {
  if (!cell) return null;
  if (cell.num !== null) return cell.num;
  const text = cell.text.trim();
  return text === "" || text === "-" || text === "–" ? null : text;
}

/** The numbers of the quarters, or null when no quarter holds a number. */
export function quarterNums(quarters: Quarters | undefined): (number | null)[] | null {
  if (!quarters) return null;
  const nums = [0, 1, 2, 3].map((i) => quarters[i]?.num ?? null);
  return nums.some((n) => n !== null) ? nums : null;
}

/**
 * The annual value of a cell, else aggregated from the quarters (docs/DOMAIN.md §4), else null.
 * @example annualInput(undefined, [q(1), q(2), q(3), q(4)], "kumulatif") //=> { value: 10, from: "triwulan" }
 */
export function annualInput(
  cell: ModelCell | undefined,
  quarters: Quarters | undefined,
  agregasi: Agregasi,
): EngineInput {
  const direct = cellInput(cell);
  if (direct !== null) return { value: direct, from: "cell" };
  const nums = quarterNums(quarters);
  if (!nums) return null;
  const total = tahunan(nums, agregasi);
  return total.ok ? { value: total.value, from: "triwulan" } : null;
}

/** The target as a TargetSpec, or a problem naming the cell. */
export function targetOf(input: EngineInput, cell: ModelCell | undefined): Result<TargetSpec> {
  if (input === null) return problem("#N/A", `Target kosong${where(cell)}`);
  return parseTarget(input.value);
}

/** The realisasi as a number, or a problem naming the cell. */
export function realisasiOf(input: EngineInput, cell: ModelCell | undefined): Result<number> {
  if (input === null) return problem("#N/A", `Realisasi kosong${where(cell)}`);
  if (typeof input.value === "number") return ok(input.value);
  return problem("#VALUE!", `Realisasi "${input.value}"${where(cell)} bukan angka`);
}

function where(cell: ModelCell | undefined): string {
  return cell ? ` (${cell.origin.sheet}!${cell.origin.cell})` : "";
}
