import { serapan } from "./serapan";
import { buildTree } from "./tree";
import type { BudgetNode, RolledNode } from "./types";

function amount(value: number | null): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

// Only absurd inputs (sums past 1e308) overflow; clamping keeps the no-Infinity promise.
function bounded(value: number): number {
  if (Number.isFinite(value)) return value;
  return value > 0 ? Number.MAX_VALUE : value < 0 ? -Number.MAX_VALUE : 0;
}

/**
 * Rolls budgets up the program › kegiatan › sub kegiatan tree: a parent's pagu and realisasi are
 * the sums of its children (their own printed values are ignored) and serapan is recomputed from
 * the sums, never averaged (docs/DOMAIN.md §5; 004 Tabel 3.7 prints % no sum reproduces). Leaves keep
 * their values, empty = 0. Unknown parents and cycles are treated as roots. O(n), no recursion.
 * @example rollUp([{ id: "P", parentId: null, pagu: null, realisasi: null }, { id: "K", parentId: "P", pagu: 100, realisasi: 80 }]).get("P")
 * //=> { id: "P", pagu: 100, realisasi: 80, serapan: { ok: true, value: 80 }, sisa: 20, children: 1, leaf: false }
 */
export function rollUp(nodes: BudgetNode[]): Map<string, RolledNode> {
  const tree = buildTree(nodes);
  const n = tree.nodes.length;
  const pagu = new Float64Array(n);
  const realisasi = new Float64Array(n);
  const children = new Int32Array(n);
  for (let i = 0; i < n; i++) if (tree.parent[i] !== -1) children[tree.parent[i]]++;
  for (let i = 0; i < n; i++) {
    if (children[i] > 0) continue;
    pagu[i] = amount(tree.nodes[i].pagu);
    realisasi[i] = amount(tree.nodes[i].realisasi);
  }
  for (let k = n - 1; k >= 0; k--) {
    const i = tree.order[k];
    const p = tree.parent[i];
    if (p === -1) continue;
    pagu[p] += pagu[i];
    realisasi[p] += realisasi[i];
  }
  const result = new Map<string, RolledNode>();
  for (let i = 0; i < n; i++) {
    const id = tree.nodes[i].id;
    const pg = bounded(pagu[i]);
    const re = bounded(realisasi[i]);
    const sisa = bounded(pg - re);
    result.set(id, {
      id,
      pagu: pg,
      realisasi: re,
      serapan: serapan(pg, re),
      sisa,
      children: children[i],
      leaf: children[i] === 0,
    });
  }
  return result;
}
