import { agreement, type Agreement } from "../compare/agreement";
import { roundHalfUp } from "../numbers";
import type { ModelCell } from "../model/types";

/**
 * How many decimals a stated cell carries: those printed, but never more than the number itself has, because a
 * format's padding zeros are not precision (86,4 typed into a "0.00" cell shows 86,40 and still means 86,4).
 * @example statedDecimals({ num: 86.4, decimals: 2, … }) //=> 1
 */
export function statedDecimals(cell: ModelCell): number {
  if (cell.num === null) return cell.decimals ?? 0;
  const s = String(roundHalfUp(cell.num, 6));
  const dot = s.indexOf(".");
  const natural = dot < 0 ? 0 : s.length - dot - 1;
  return cell.decimals === null || cell.decimals === undefined ? Math.min(natural, 4) : Math.min(cell.decimals, natural);
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
