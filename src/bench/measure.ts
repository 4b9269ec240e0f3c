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

/** `name value unit`: one machine-readable bench line (plain decimal point, no grouping), e.g. "read_1x_ms 41.2 ms". */
export function benchLine(name: string, value: number, unit: string, decimals = 0): string {
  return `${name} ${value.toFixed(decimals)} ${unit}`;
}

/** `name PASS|FAIL`: a target met or not, as one machine-readable line. */
export function verdictLine(name: string, met: boolean): string {
  return `${name} ${met ? "PASS" : "FAIL"}`;
}
