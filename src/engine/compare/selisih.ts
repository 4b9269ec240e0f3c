/**
 * Change from one value to the next (sesudah − sebelum), in the values' own unit: percent points
 * for capaian (docs/DOMAIN.md §7). An empty/non-finite side counts as 0; overflow is clamped, so the
 * result is always a finite number.
 * @example selisih(86.4, 92.2) //=> 5.8000000000000114
 */
export function selisih(sebelum: number, sesudah: number): number {
  const a = Number.isFinite(sebelum) ? sebelum : 0;
  const b = Number.isFinite(sesudah) ? sesudah : 0;
  const d = b - a;
  if (Number.isFinite(d)) return d;
  return d > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
}
