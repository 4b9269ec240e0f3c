import { finite, ok, problem, type Result } from "../result";

/**
 * Relative change in percent: (sesudah − sebelum) / |sebelum| × 100 (docs/DOMAIN.md §7). Dividing by
 * |sebelum| keeps the sign meaning "went up" even from a negative base. Both 0 → 0; sebelum 0 → #DIV/0!.
 * @example pertumbuhan(80, 92) //=> { ok: true, value: 15 }
 */
export function pertumbuhan(sebelum: number, sesudah: number): Result<number> {
  if (typeof sebelum !== "number" || !Number.isFinite(sebelum))
    return problem("#VALUE!", "Nilai tahun sebelumnya bukan angka");
  if (typeof sesudah !== "number" || !Number.isFinite(sesudah))
    return problem("#VALUE!", "Nilai tahun berjalan bukan angka");
  if (sebelum === 0) {
    return sesudah === 0
      ? ok(0)
      : problem("#DIV/0!", "Nilai tahun sebelumnya 0: pertumbuhan tidak dapat dihitung");
  }
  return finite(((sesudah - sebelum) / Math.abs(sebelum)) * 100, "pertumbuhan");
}
