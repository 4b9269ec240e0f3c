/**
 * Arithmetic mean that never overflows: the terms are divided first only when the plain sum would.
 * @example mean([96.73, 100]) //=> 98.365
 */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sum = values.reduce((s, v) => s + v, 0);
  return Number.isFinite(sum) ? sum / values.length : values.reduce((s, v) => s + v / values.length, 0);
}
