import { finite, problem, type Result } from "../result";

/**
 * Sisa anggaran (unspent Rupiah): pagu − realisasi (docs/DOMAIN.md §5; 000 Tabel III.6 calls it "Efisiensi").
 * Negative when realisasi exceeds pagu, which the checker reports as OVER_BUDGET.
 * @example sisa(5670694672, 3790022175) //=> { ok: true, value: 1880672497 }
 */
export function sisa(pagu: number, realisasi: number): Result<number> {
  if (typeof pagu !== "number" || !Number.isFinite(pagu)) {
    return problem("#VALUE!", "Pagu bukan angka: sisa anggaran tidak dapat dihitung");
  }
  if (typeof realisasi !== "number" || !Number.isFinite(realisasi)) {
    return problem("#VALUE!", "Realisasi anggaran bukan angka: sisa anggaran tidak dapat dihitung");
  }
  return finite(pagu - realisasi, "sisa anggaran");
}
