import { mean } from "../compare/mean";
import { finite, problem, type Result } from "../result";
import type { Agregasi } from "./types";

/**
 * Annual value from the quarters (docs/DOMAIN.md §4). An empty quarter (null/undefined) is "not
 * reported"; 0 is a value. All empty → #N/A; a quarter that is not a finite number → #VALUE!.
 * @example tahunan([4.25, 4.25, 4.5, 4.65], "kumulatif") //=> { ok: true, value: 17.65 }
 * @example tahunan([80, 85, null, null], "akhir")         //=> { ok: true, value: 85 }
 */
export function tahunan(quarters: (number | null | undefined)[], agregasi: Agregasi): Result<number> {
  if (!Array.isArray(quarters)) return problem("#VALUE!", "Data triwulan harus berupa daftar nilai");
  const filled: number[] = [];
  for (let i = 0; i < quarters.length; i++) {
    const q = quarters[i];
    if (q == null) continue;
    if (typeof q !== "number" || !Number.isFinite(q))
      return problem("#VALUE!", `Nilai triwulan ${i + 1} bukan angka`);
    filled.push(q);
  }
  if (filled.length === 0) return problem("#N/A", "Belum ada nilai triwulan yang dilaporkan");
  switch (agregasi) {
    case "kumulatif":
      return finite(
        filled.reduce((s, q) => s + q, 0),
        "agregasi triwulan",
      );
    case "akhir":
      return finite(filled[filled.length - 1], "agregasi triwulan");
    case "rata-rata":
      return finite(mean(filled), "agregasi triwulan");
    case "maks":
      return finite(
        filled.reduce((m, q) => (q > m ? q : m), -Infinity),
        "agregasi triwulan",
      );
    default:
      return problem("#VALUE!", `Agregasi triwulan tidak dikenal: "${String(agregasi)}"`);
  }
}
