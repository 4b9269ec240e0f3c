import { finite, ok, problem, type Result } from "../result";

/**
 * Serapan (budget absorption) in percent: realisasi / pagu × 100 (docs/DOMAIN.md §5).
 * Pagu 0 → #DIV/0!, except 0 spent of 0 budgeted, which is complete (100).
 * @example serapan(9865481222, 4847956007) //=> { ok: true, value: 49.1406… }
 */
export function serapan(pagu: number, realisasi: number): Result<number> {
  if (typeof pagu !== "number" || !Number.isFinite(pagu)) {
    return problem("#VALUE!", "Pagu bukan angka: serapan tidak dapat dihitung");
  }
  if (typeof realisasi !== "number" || !Number.isFinite(realisasi)) {
    return problem("#VALUE!", "Realisasi anggaran bukan angka: serapan tidak dapat dihitung");
  }
  if (pagu === 0) {
    return realisasi === 0 ? ok(100) : problem("#DIV/0!", "Pagu 0: serapan tidak dapat dihitung");
  }
  return finite((realisasi / pagu) * 100, "serapan");
}
