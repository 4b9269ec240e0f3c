import { finite, problem, type Result } from "../result";
import { mean } from "./mean";

/**
 * Program roll-up of capaian: the unweighted mean of its indicators' capaian, each clamped to
 * `batas` when a cap is set (docs/DOMAIN.md §7.4). Shown only when every indicator is computable: any
 * empty value → #N/A, never a partial average.
 * @example rataCapaian([96.73, 150], 100) //=> { ok: true, value: 98.365 }
 * @example rataCapaian([96.73, null])     //=> { ok: false, code: "#N/A", … }
 */
export function rataCapaian(values: (number | null | undefined)[], batas?: number | null): Result<number> {
  if (!Array.isArray(values)) return problem("#VALUE!", "Daftar capaian harus berupa daftar nilai");
  if (batas != null && (typeof batas !== "number" || !Number.isFinite(batas) || batas <= 0)) {
    return problem("#VALUE!", "Batas atas capaian harus angka lebih dari 0");
  }
  if (values.length === 0)
    return problem("#N/A", "Tidak ada indikator: rata-rata capaian tidak dapat dihitung");
  const clamped: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v == null)
      return problem("#N/A", `Capaian indikator ke-${i + 1} kosong: rata-rata tidak dihitung sebagian`);
    if (typeof v !== "number" || !Number.isFinite(v))
      return problem("#VALUE!", `Capaian indikator ke-${i + 1} bukan angka`);
    clamped.push(batas != null && v > batas ? batas : v);
  }
  return finite(mean(clamped), "rata-rata capaian");
}
