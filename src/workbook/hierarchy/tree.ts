/**
 * A hierarchy from a rank per row, and how well it fits the numbers: how many parents equal the sum
 * of their direct children (docs/DOMAIN.md §5, the roll-up ROLLUP_MISMATCH checks).
 */
import { agreeCell } from "../../engine/check/stated";
import type { ModelCell } from "../../engine/model/types";

/**
 * Parents from ranks (lower = higher in the tree): each row hangs under the nearest row above with a
 * lower rank; a total row (rank undefined) closes every open group, so a block ends at its subtotal.
 * @example parentsFromRanks([0, 1, 1, 0]) //=> [undefined, 0, 0, undefined]
 */
export function parentsFromRanks(ranks: (number | undefined)[]): (number | undefined)[] {
  const stack: number[] = [];
  return ranks.map((r, i) => {
    if (r === undefined) {
      stack.length = 0;
      return undefined;
    }
    while (stack.length > 0 && ranks[stack[stack.length - 1]]! >= r) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1] : undefined;
    stack.push(i);
    return parent;
  });
}

/** How parents compare with the sums of their children: `ok` rows equal them, `wrong` rows do not; `okAmounts` scores the amounts that do (2 direct, 1 by the leaves). */
export type Fit = { ok: number; wrong: number; okRows: Set<number>; okAmounts: number };

/** Per row and amount column: Σ of its direct children, and Σ of the leaves below it (null when one lacks a number). */
function childSums(
  parents: (number | undefined)[],
  sums: (ModelCell | undefined)[][],
  width: number,
): { direct: (number | null)[][]; leaves: (number | null)[][]; hasKids: Uint8Array } {
  const zero = (): (number | null)[][] => sums.map(() => new Array<number | null>(width).fill(0));
  const direct = zero();
  const leaves = zero();
  const hasKids = new Uint8Array(parents.length);
  parents.forEach((p) => p !== undefined && (hasKids[p] = 1));
  const add = (a: number | null, v: number | null | undefined): number | null =>
    v === undefined || v === null || a === null ? null : a + v;
  // Children come after their parent: walking up from the bottom, a row's leaf sums are complete when it is reached.
  for (let i = parents.length - 1; i >= 0; i--) {
    const p = parents[i];
    for (let f = 0; f < width; f++) {
      const own = sums[i][f]?.num;
      if (!hasKids[i]) leaves[i][f] = own ?? null;
      if (p === undefined) continue;
      direct[p][f] = add(direct[p][f], own);
      leaves[p][f] = add(leaves[p][f], leaves[i][f]);
    }
  }
  return { direct, leaves, hasKids };
}

/**
 * Counts the parents whose stated amounts equal the sums of their direct children, or of the leaves below them
 * when a child is the wrong one (as ROLLUP_MISMATCH reports it once); a parent of 0 over children of 0 proves nothing.
 * `named` rows (a keyword or level column says what they are) are not counted among the parents that do not add up.
 * @example fitOf([undefined, 0, 0], [[cell(30)], [cell(10)], [cell(20)]]).ok //=> 1
 */
export function fitOf(
  parents: (number | undefined)[],
  sums: (ModelCell | undefined)[][],
  named: (i: number) => boolean = () => false,
): Fit {
  const width = Math.max(0, ...sums.map((s) => s.length));
  const { direct, leaves, hasKids } = childSums(parents, sums, width);
  const fit: Fit = { ok: 0, wrong: 0, okRows: new Set(), okAmounts: 0 };
  const agrees = (cell: ModelCell, sum: number | null): boolean | undefined => {
    if (sum === null || !Number.isFinite(sum)) return undefined;
    // agreeCell's own first answers, without its work: equal, or apart by more than any printed unit (≤ 1).
    const gap = Math.abs(cell.num! - sum);
    if (gap <= 1e-9 * Math.max(1, Math.abs(sum))) return true;
    if (gap > 1.000001) return false;
    return agreeCell(cell, sum) !== "wrong";
  };
  for (let i = 0; i < parents.length; i++) {
    if (!hasKids[i]) continue;
    let compared = 0;
    let wrong = false;
    let nonzero = false;
    for (let f = 0; f < width; f++) {
      const cell = sums[i][f];
      if (!cell || cell.num === null) continue;
      const d = agrees(cell, direct[i][f]);
      if (d === undefined) continue;
      compared++;
      if (cell.num !== 0) nonzero = true;
      // Equal to the direct children counts double: the leaves' sum is only a fallback, and chance meets it more often.
      if (d || agrees(cell, leaves[i][f])) {
        if (cell.num !== 0) fit.okAmounts += d ? 2 : 1;
      } else wrong = true;
    }
    if (compared === 0) continue;
    // A row whose words name its level ("Program …") is a parent by its own word: its broken sum is the
    // check's to report, not a reason to read its rows flat.
    if (wrong && !named(i)) fit.wrong++;
    else if (nonzero) {
      fit.ok++;
      fit.okRows.add(i);
    }
  }
  return fit;
}
