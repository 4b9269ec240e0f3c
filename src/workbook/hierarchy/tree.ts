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

/** How parents compare with the sums of their children: `ok` rows equal them, `wrong` rows do not. */
export type Fit = { ok: number; wrong: number; okRows: Set<number> };

/**
 * Counts the parents whose stated amounts equal the sums of their direct children (a parent of 0 over
 * children of 0 proves nothing and is not counted).
 * @example fitOf([undefined, 0, 0], [[cell(30)], [cell(10)], [cell(20)]]).ok //=> 1
 */
export function fitOf(parents: (number | undefined)[], sums: (ModelCell | undefined)[][]): Fit {
  const width = Math.max(0, ...sums.map((s) => s.length));
  const acc: (number | null)[][] = sums.map(() => new Array<number | null>(width).fill(0));
  const hasKids = new Uint8Array(parents.length);
  parents.forEach((p, i) => {
    if (p === undefined) return;
    hasKids[p] = 1;
    for (let f = 0; f < width; f++) {
      const v = sums[i][f]?.num;
      const a = acc[p][f];
      acc[p][f] = v === undefined || v === null || a === null ? null : a + v;
    }
  });
  const fit: Fit = { ok: 0, wrong: 0, okRows: new Set() };
  for (let i = 0; i < parents.length; i++) {
    if (!hasKids[i]) continue;
    let compared = 0;
    let wrong = false;
    let nonzero = false;
    for (let f = 0; f < width; f++) {
      const cell = sums[i][f];
      const sum = acc[i][f];
      if (!cell || cell.num === null || sum === null || !Number.isFinite(sum)) continue;
      compared++;
      if (cell.num !== 0) nonzero = true;
      if (agreeCell(cell, sum) === "wrong") wrong = true;
    }
    if (compared === 0) continue;
    if (wrong) fit.wrong++;
    else if (nonzero) {
      fit.ok++;
      fit.okRows.add(i);
    }
  }
  return fit;
}
