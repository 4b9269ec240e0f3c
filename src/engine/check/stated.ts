import { agreement, type Agreement } from "../compare/agreement";
import { roundHalfUp } from "../numbers";
import type { ModelCell } from "../model/types";

/**
 * How many decimals a stated cell shows: as the reader saw them printed, else as the number holds them (at most 4).
 * @example statedDecimals({ num: 97.1, decimals: null, … }) //=> 1
 */
export function statedDecimals(cell: ModelCell): number {
  if (cell.decimals !== null && cell.decimals !== undefined) return cell.decimals;
  if (cell.num === null) return 0;
  const s = String(roundHalfUp(cell.num, 4));
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * Agreement of a stated cell with a computed value (DOMAIN.md §2: rounded = ok, truncated = minor).
 * @example agreeCell(cellOf(97.1), 97.1918) //=> "minor"
 */
export function agreeCell(cell: ModelCell, computed: number): Agreement {
  if (cell.num === null) return "ok";
  return agreement(cell.num, computed, statedDecimals(cell));
}

/** Two stated values agree when one is the other rounded or truncated to its printed decimals. */
export function sameStated(a: ModelCell, b: ModelCell): boolean {
  if (a.num === null || b.num === null) return true;
  return agreeCell(a, b.num) !== "wrong" || agreeCell(b, a.num) !== "wrong";
}

/** The cell's number: the stated value as the reports print it. */
export function num(cell: ModelCell | undefined): number | null {
  return cell?.num ?? null;
}
