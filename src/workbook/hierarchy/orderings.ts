/**
 * Candidate level orders of a table's row classes: every weak order (classes may share a level) that
 * keeps keyword and code levels in their order, or a local search around the default when there are
 * too many classes to try them all.
 */
import type { RowClass } from "./evidence";

/** Rank per class (same index as the class list); equal ranks = one level. */
export type Ranking = number[];

const EXHAUSTIVE = 6; // 4,683 weak orders of 6 classes; 7 would be 47,293
const WORK = 500_000; // rows × candidates tried exhaustively; past that, the local search
const FUBINI = [1, 1, 3, 13, 75, 541, 4683];

/**
 * True when the ranking keeps every family's order: keyword and code levels strictly, indentation
 * and bold runs loosely (a deeper one may share a level, never stand above).
 * @example respects([{ key: "k:0", bukti: [], family: "k", order: 0, strict: true }, { key: "k:1", bukti: [], family: "k", order: 1, strict: true }], [1, 0]) //=> false
 */
export function respects(classes: RowClass[], ranks: Ranking): boolean {
  for (let a = 0; a < classes.length; a++)
    for (let b = 0; b < classes.length; b++) {
      const x = classes[a];
      const y = classes[b];
      if (!x.family || x.family !== y.family || x.order! >= y.order!) continue;
      if (x.strict ? ranks[a] >= ranks[b] : ranks[a] > ranks[b]) return false;
    }
  return true;
}

/**
 * Every weak order of n items as ranks 0…m−1 (n = 3 gives 13).
 * @example weakOrders(2) //=> [[0, 0], [1, 0], [0, 1]]
 */
export function weakOrders(n: number): Ranking[] {
  const out: Ranking[] = [];
  const blocks: number[][] = [];
  const place = (i: number): void => {
    if (i === n) {
      const r = new Array<number>(n);
      blocks.forEach((b, k) => b.forEach((x) => (r[x] = k)));
      out.push(r);
      return;
    }
    for (let k = 0; k < blocks.length; k++) {
      blocks[k].push(i);
      place(i + 1);
      blocks[k].pop();
    }
    for (let k = 0; k <= blocks.length; k++) {
      blocks.splice(k, 0, [i]);
      place(i + 1);
      blocks.splice(k, 1);
    }
  };
  place(0);
  return out;
}

/** Pairs of classes two rankings order differently (above, level, below): how far a candidate strays. */
export function distance(a: Ranking, b: Ranking): number {
  let d = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = i + 1; j < a.length; j++) if (Math.sign(a[i] - a[j]) !== Math.sign(b[i] - b[j])) d++;
  return d;
}

/** Ranks renumbered 0…m−1 keeping their order and ties. */
function normalise(r: Ranking): Ranking {
  const levels = [...new Set(r)].sort((x, y) => x - y);
  return r.map((x) => levels.indexOf(x));
}

/** Rankings one step from `r`: one class moved into another level or onto a new level of its own. */
function neighbours(r: Ranking): Ranking[] {
  const out: Ranking[] = [];
  const m = Math.max(...r) + 1;
  for (let c = 0; c < r.length; c++) {
    for (let k = 0; k < m; k++) if (k !== r[c]) out.push(normalise(r.map((x, i) => (i === c ? k : x))));
    for (let k = 0; k <= m; k++) out.push(normalise(r.map((x, i) => (i === c ? k - 0.5 : x))));
  }
  return out;
}

/**
 * The best ranking by `score` (higher wins; ties go to the one nearest the default): all weak orders
 * when there are few classes and rows, else a hill climb from the default.
 * @example bestRanking(classes, [0, 1], (r) => fit(r)) //=> [0, 1]
 */
export function bestRanking(
  classes: RowClass[],
  fallback: Ranking,
  score: (r: Ranking) => number,
  rows = 0,
): Ranking {
  const rank = (r: Ranking): [number, number] => [score(r), -distance(r, fallback)];
  const better = (a: [number, number], b: [number, number]): boolean =>
    a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
  let best = fallback;
  let bestRank = rank(fallback);
  if (classes.length <= EXHAUSTIVE && FUBINI[classes.length] * rows <= WORK) {
    for (const r of weakOrders(classes.length)) {
      if (!respects(classes, r)) continue;
      const s = rank(r);
      if (better(s, bestRank)) [best, bestRank] = [r, s];
    }
    return best;
  }
  for (let step = 0; step < 20; step++) {
    let moved = false;
    for (const r of neighbours(best)) {
      if (!respects(classes, r)) continue;
      const s = rank(r);
      if (better(s, bestRank)) [best, bestRank, moved] = [r, s, true];
    }
    if (!moved) break;
  }
  return best;
}
