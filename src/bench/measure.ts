import { formatNumber } from "../engine/numbers/format";

/** Milliseconds taken by `work`, measured with the high-resolution clock. */
export function timeMs(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** The median of a few timings: one slow garbage collection should not decide PASS or BELUM. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** "PASS" when a measurement meets its target, otherwise "BELUM" (not yet). */
export function verdict(met: boolean): string {
  return met ? "PASS" : "BELUM";
}

/** id-ID number for bench output, e.g. 7,8 or 1.000.000. */
export function fmt(value: number, decimals = 0): string {
  return formatNumber(value, decimals);
}
