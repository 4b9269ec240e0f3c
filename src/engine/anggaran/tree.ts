import type { BudgetNode } from "./types";

/** The parent links of a node list as index arrays, with bad links already cut (see resolveParents). */
export type Tree = { nodes: BudgetNode[]; parent: Int32Array; order: Int32Array };

// Duplicate ids keep their first row: the checker reports DUPLICATE_CODE, the roll-up must not double count.
function uniqueNodes(input: readonly BudgetNode[]): { nodes: BudgetNode[]; index: Map<string, number> } {
  const nodes: BudgetNode[] = [];
  const index = new Map<string, number>();
  for (const node of Array.isArray(input) ? input : []) {
    if (node === null || typeof node !== "object" || index.has(node.id)) continue;
    index.set(node.id, nodes.length);
    nodes.push(node);
  }
  return { nodes, index };
}

// Unknown parents and every member of a parent cycle become roots, so bad data never loops or throws.
function resolveParents(nodes: BudgetNode[], index: Map<string, number>): Int32Array {
  const parent = new Int32Array(nodes.length).fill(-1);
  nodes.forEach((node, i) => {
    const p = node.parentId == null ? undefined : index.get(node.parentId);
    if (p !== undefined && p !== i) parent[i] = p;
  });
  const state = new Uint8Array(nodes.length); // 0 unseen, 1 on the current path, 2 settled
  const path: number[] = [];
  for (let start = 0; start < nodes.length; start++) {
    let i = start;
    while (i !== -1 && state[i] === 0) {
      state[i] = 1;
      path.push(i);
      i = parent[i];
    }
    if (i !== -1 && state[i] === 1) {
      for (let k = path.length - 1; k >= 0; k--) {
        const member = path[k];
        parent[member] = -1;
        if (member === i) break;
      }
    }
    for (const k of path) state[k] = 2;
    path.length = 0;
  }
  return parent;
}

// Breadth-first from the roots: walking this order backwards visits every child before its parent.
function topDownOrder(parent: Int32Array): Int32Array {
  const n = parent.length;
  const first = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) if (parent[i] !== -1) first[parent[i] + 1]++;
  for (let i = 0; i < n; i++) first[i + 1] += first[i];
  const fill = first.slice(0, n);
  const kids = new Int32Array(n);
  for (let i = 0; i < n; i++) if (parent[i] !== -1) kids[fill[parent[i]]++] = i;
  const order = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) if (parent[i] === -1) order[tail++] = i;
  for (let head = 0; head < tail; head++) {
    const p = order[head];
    for (let k = first[p]; k < first[p + 1]; k++) order[tail++] = kids[k];
  }
  return order;
}

/**
 * Indexes a node list for an O(n) bottom-up pass, without recursion.
 * @example buildTree([{ id: "P", parentId: null, pagu: 1, realisasi: 1 }, { id: "K", parentId: "P", pagu: 1, realisasi: 1 }])
 * //=> { nodes: [...], parent: Int32Array [-1, 0], order: Int32Array [0, 1] }
 */
export function buildTree(input: readonly BudgetNode[]): Tree {
  const { nodes, index } = uniqueNodes(input);
  const parent = resolveParents(nodes, index);
  return { nodes, parent, order: topDownOrder(parent) };
}
