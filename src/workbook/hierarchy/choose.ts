/**
 * Levels and parents of a budget table's rows from every kind of evidence, confirmed by the numbers
 * (docs/READING.md "Tingkat baris anggaran"): rows are grouped into classes (keyword, code, numbering
 * style, typography), the classes are ordered into levels, and where the evidence leaves a choice the
 * order under which most parents equal the sum of their children wins.
 */
import { BUKTI, classify, type RowClass } from "./evidence";
import type { LevelHint } from "./levels";
import { bestRanking, type Ranking } from "./orderings";
import { fitOf, parentsFromRanks } from "./tree";

/** Where a row was placed: its depth in the table's tree, its parent, the level its words name, and why. */
export type Placement = {
  /** Depth in the table's tree, 0 = top. */
  depth?: number;
  /** The level for tingkat: its keyword's (program 0, kegiatan 1, sub kegiatan 2), else one below its parent's (3+ = lain). */
  level?: number;
  parent?: number;
  bukti: string[];
};

// How strongly typography marks a parent: bold, upper case and a merged label each count; indentation takes away.
function strength(c: RowClass): number {
  const m = /^t:(\d)(\d)(\d):(\d+)/.exec(c.key);
  return m ? Number(m[1]) + Number(m[2]) + Number(m[3]) - Number(m[4]) / 100 : -Infinity;
}

/**
 * The default order: a class seen for the first time sits one level below the row above it (the way
 * outline numbering works), a keyword or code class never below a deeper one of its kind, and a more strongly
 * printed row (bold, upper case) never below a plainer one.
 */
function firstSeen(classes: (RowClass | undefined)[], list: RowClass[]): Ranking {
  const depth = new Map<string, number>();
  const stack: RowClass[] = [];
  for (const c of classes) {
    if (!c) {
      stack.length = 0;
      continue;
    }
    const known = depth.get(c.key);
    if (known !== undefined) {
      while (stack.length > 0 && depth.get(stack[stack.length - 1].key)! >= known) stack.pop();
    } else {
      let above = Infinity; // a plainer class popped: the new one goes just above it
      while (stack.length > 0) {
        const top = stack[stack.length - 1];
        const deeper = c.strict && top.family === c.family && top.order! >= c.order!;
        // Only typography is weighed against typography: a keyword, code or numbered row is no plainer than a bold one.
        const plainer = strength(top) !== -Infinity && strength(c) > strength(top);
        if (!deeper && !plainer) break;
        if (!deeper) above = Math.min(above, depth.get(top.key)! - 0.5);
        stack.pop();
      }
      const below = stack.length > 0 ? depth.get(stack[stack.length - 1].key)! + 1 : 0;
      depth.set(c.key, Math.min(below, above));
    }
    stack.push(c);
  }
  const ranks = list.map((c) => depth.get(c.key) ?? 0);
  const levels = [...new Set(ranks)].sort((a, b) => a - b);
  return ranks.map((r) => levels.indexOf(r));
}

/**
 * Parents of code rows by their codes: the nearest coded row above whose code is a prefix of its own ("1.02" of
 * "1.02.01.2.01", "41" of "4101"), whatever the number of parts each level uses; −1 for a code row with no such row in its block,
 * undefined for rows without a code class.
 */
function codeParents(rows: LevelHint[], classes: (RowClass | undefined)[]): (number | undefined)[] {
  const dotted = rows.some((r) => r.code?.includes("."));
  // Without dots anywhere, account codes nest by their digits (DJPK: 4 › 41 › 4101).
  const owns = (a: string, b: string): boolean =>
    b.startsWith(`${a}.`) || (!dotted && b.length > a.length && b.startsWith(a));
  const stack: number[] = [];
  return rows.map((r, i) => {
    const c = classes[i];
    if (!c) stack.length = 0;
    if (!c || !r.code) return undefined;
    while (stack.length > 0 && !owns(rows[stack[stack.length - 1]].code!, r.code)) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1] : -1;
    stack.push(i);
    return c.family === "c" ? parent : undefined;
  });
}

// The level a row without words of its own takes: a program under an urusan or a sasaran, an account (below the
// LKjIP's levels, tingkat "lain") under Belanja Operasi/Modal or the APBD's Pendapatan/Belanja, else one below its parent.
function levelBelow(parent: number | undefined): number {
  if (parent === undefined || parent === -1 || parent === -3) return 0;
  return parent === -2 || parent === -2.5 ? LAIN : parent + 1;
}

const LAIN = 3;

/**
 * Places every row of one table (indexes into `rows`; total rows get no place).
 * @example chooseHierarchy([{ uraian: "I. PENUNJANG", strong: true, total: false }, { uraian: "Gaji", strong: false, total: false }]).map((p) => p.parent) //=> [undefined, 0]
 */
export function chooseHierarchy(rows: LevelHint[]): Placement[] {
  const classes = classify(rows);
  const list: RowClass[] = [];
  const index = new Map<string, number>();
  for (const c of classes)
    if (c && !index.has(c.key)) {
      index.set(c.key, list.length);
      list.push(c);
    }
  const sums = rows.map((r) => r.sums ?? []);
  const fallback = firstSeen(classes, list);
  const ranksOf = (r: Ranking): (number | undefined)[] =>
    classes.map((c) => (c ? r[index.get(c.key)!] : undefined));
  const byCode = codeParents(rows, classes);
  const parentsOf = (r: Ranking): (number | undefined)[] =>
    parentsFromRanks(ranksOf(r)).map((p, i) => {
      const q = byCode[i];
      // No row above owns its code: a root, unless it sits under a heading without a code ("BELANJA OPERASI").
      if (q === -1) return p !== undefined && rows[p].code ? undefined : p;
      return q ?? p;
    });
  const named = (i: number): boolean => classes[i]?.kwLevel !== undefined;
  const anyNumbers = sums.some((s) => s.some((c) => c?.num !== null && c?.num !== undefined));
  const best = anyNumbers
    ? bestRanking(
        list,
        fallback,
        (r) => {
          const fit = fitOf(parentsOf(r), sums, named);
          // Most amounts that add up first (a kegiatan whose pagu was mistyped still shows its place by its
          // realisasi); among equals, the fewest parents that do not (one bold row in a flat list is emphasis).
          return fit.okAmounts * 1e6 - fit.wrong;
        },
        rows.length,
      )
    : fallback;
  const parents = parentsOf(best);
  return placements(classes, parents, fitOf(parents, sums).okRows);
}

// Depth, level and evidence of every row once its parent is known (parents come before their children).
function placements(
  classes: (RowClass | undefined)[],
  parents: (number | undefined)[],
  addsUp: Set<number>,
): Placement[] {
  const out: Placement[] = [];
  classes.forEach((c, i) => {
    if (!c) {
      out.push({ bukti: [] });
      return;
    }
    const p = parents[i];
    const up = p === undefined ? undefined : out[p];
    const depth = up ? up.depth! + 1 : 0;
    const level = c.kwLevel ?? levelBelow(up?.level);
    const bukti = addsUp.has(i) ? [...c.bukti, BUKTI.jumlah] : [...c.bukti];
    out.push(p === undefined ? { depth, level, bukti } : { depth, level, parent: p, bukti });
  });
  return out;
}

/**
 * Levels and parents of a table's rows (parent = index into the same array, or undefined); `level` is
 * the level the row's words name, else one below its parent's.
 * @example assignLevels([{ uraian: "PROGRAM A", strong: true, total: false }, { uraian: "Kegiatan B", strong: false, total: false }]) //=> [{ level: 0 }, { level: 1, parent: 0 }]
 */
export function assignLevels(rows: LevelHint[]): { level?: number; parent?: number }[] {
  return chooseHierarchy(rows).map((p, i) => {
    if (rows[i].total) return {};
    return p.parent === undefined ? { level: p.level } : { level: p.level, parent: p.parent };
  });
}
