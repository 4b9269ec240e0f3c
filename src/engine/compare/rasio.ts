import { finite, ok, problem, type Result } from "../result";

/**
 * Ratio in percent: sesudah / sebelum × 100 (docs/DOMAIN.md §7; 000:L40 calls such a ratio an "increase",
 * so label it "rasio", not growth). Both 0 → 100, like capaian's 0-of-0; sebelum 0 → #DIV/0!.
 * @example rasio(80, 92) //=> { ok: true, value: 115 }
 */
export function rasio(sebelum: number, sesudah: number): Result<number> {
  if (typeof sebelum !== "number" || !Number.isFinite(sebelum))
    return problem("#VALUE!", "Nilai pembanding bukan angka");
  if (typeof sesudah !== "number" || !Number.isFinite(sesudah))
    return problem("#VALUE!", "Nilai yang dibandingkan bukan angka");
  if (sebelum === 0) {
    return sesudah === 0 ? ok(100) : problem("#DIV/0!", "Nilai pembanding 0: rasio tidak dapat dihitung");
  }
  return finite((sesudah / sebelum) * 100, "rasio");
}
