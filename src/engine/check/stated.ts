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
  const natural = naturalDecimals(cell.num);
  if (cell.formula) return Math.min(natural, 4); // Excel's own result: as precise as it is, not as shown
  return cell.decimals === null || cell.decimals === undefined
    ? Math.min(natural, 4)
    : Math.min(cell.decimals, natural);
}

// Decimals a number really has, at most 6 (float noise such as 0.1 + 0.2 cut off); integers take the fast path.
function naturalDecimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  const s = String(Math.abs(value) < 1e15 ? Math.round(value * 1e6) / 1e6 : roundHalfUp(value, 6));
  const dot = s.indexOf(".");
  return dot < 0 || s.includes("e") ? 0 : s.length - dot - 1;
}

/**
 * Agreement of a stated cell with a computed value (docs/DOMAIN.md §2.7: rounded = ok, truncated = minor).
 * @example agreeCell(cellOf(97.1), 97.1918) //=> "minor"
 */
export function agreeCell(cell: ModelCell, computed: number): Agreement {
  if (cell.num === null) return "ok";
  // A value that holds more than it shows (a formula's result, 1.553.984.351,4 under "#,##0") is
  // compared as held: equal at full precision is right, whatever the format rounds it to.
  if (Number.isFinite(computed) && sameAtFullPrecision(cell.num, computed)) return "ok";
  if (cell.formula && !/\b(ROUND|ROUNDDOWN|ROUNDUP|TRUNC|INT|FLOOR|CEILING)\s*\(/i.test(cell.formula))
    return "wrong";
  const d = statedDecimals(cell);
  // Rounded and truncated values both lie within one printed unit of the computed value: farther is wrong for sure.
  if (Number.isFinite(computed) && Math.abs(cell.num - computed) > 1.000001 * 10 ** -d) return "wrong";
  return agreement(cell.num, computed, d);
}

/**
 * True when two numbers are equal up to floating-point noise (relative 1e-9).
 * @example sameAtFullPrecision(89.73117, 0.8973117 * 100) //=> true
 */
export function sameAtFullPrecision(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
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
