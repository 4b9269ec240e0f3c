import { rollUp, type BudgetNode } from "../engine/anggaran";
import { capaian } from "../engine/capaian/capaian";
import type { CapaianInput, Polaritas } from "../engine/capaian/types";
import { benchLine, median, timeMs, verdictLine } from "./measure";

const CAPAIAN_ROWS = 1_000_000;
const CAPAIAN_TARGET = 5_000_000; // capaian per second
const ROLLUP_ROWS = 20_000;
const ROLLUP_TARGET_MS = 100;
const POLARITAS: Polaritas[] = ["naik", "turun", "turun-rasio", "tetap"];

// Deterministic pseudo-random rows (LCG), so every run measures the same work.
function capaianRows(n: number): CapaianInput[] {
  let seed = 42;
  const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: n }, (_, i) => ({
    target: Math.round(1 + next() * 9900) / 100,
    realisasi: Math.round(next() * 12000) / 100,
    polaritas: POLARITAS[i % POLARITAS.length],
    batas: i % 10 === 0 ? 120 : null,
  }));
}

// 200 programs › 9 kegiatan each › 10 sub kegiatan each = 200 + 1 800 + 18 000 = 20 000 rows.
function budgetTree(): BudgetNode[] {
  const nodes: BudgetNode[] = [];
  for (let p = 1; p <= 200; p++) {
    nodes.push({ id: `${p}`, parentId: null, pagu: null, realisasi: null });
    for (let k = 1; k <= 9; k++) {
      nodes.push({ id: `${p}.${k}`, parentId: `${p}`, pagu: null, realisasi: null });
      for (let s = 1; s <= 10; s++) {
        const pagu = 10_000_000 + ((p * 7919 + k * 104729 + s * 1299709) % 90_000_000);
        nodes.push({ id: `${p}.${k}.${s}`, parentId: `${p}.${k}`, pagu, realisasi: Math.floor(pagu * 0.87) });
      }
    }
  }
  return nodes;
}

function benchCapaian(): string[] {
  const rows = capaianRows(CAPAIAN_ROWS);
  let checksum = 0; // consumed below so the loop cannot be optimised away
  const run = () => {
    for (let i = 0; i < rows.length; i++) {
      const r = capaian(rows[i]);
      if (r.ok) checksum += r.value;
    }
  };
  const ms = median([timeMs(run), timeMs(run), timeMs(run)]);
  const perSecond = (CAPAIAN_ROWS / ms) * 1000;
  const met = perSecond >= CAPAIAN_TARGET && checksum > 0;
  return [
    benchLine("capaian_per_s", perSecond, "rows/s"),
    benchLine(`capaian_${CAPAIAN_ROWS}_rows_ms`, ms, "ms", 1),
    verdictLine(`capaian_target_${CAPAIAN_TARGET}_per_s`, met),
  ];
}

function benchRollUp(): string[] {
  const nodes = budgetTree();
  let size = 0;
  const times = [1, 2, 3, 4, 5].map(() => timeMs(() => (size = rollUp(nodes).size)));
  // Judged on the median of 5 runs (the first includes JIT compilation and is printed too).
  const ms = median(times);
  const met = ms < ROLLUP_TARGET_MS && size === ROLLUP_ROWS;
  return [
    benchLine(`rollup_${nodes.length}_rows_ms`, ms, "ms", 1),
    benchLine(`rollup_${nodes.length}_rows_first_ms`, times[0], "ms", 1),
    verdictLine(`rollup_target_${ROLLUP_TARGET_MS}_ms`, met),
  ];
}

/** Engine section: capaian throughput over mixed-polarity rows and the 20 000-row budget roll-up. */
export async function engineSection(): Promise<string[]> {
  return [...benchCapaian(), ...benchRollUp()];
}
