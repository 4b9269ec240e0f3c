import { byPolaritas } from "../capaian/formula";
import type { Polaritas } from "../capaian/types";
import { finite, problem, type Result } from "../result";

// Σ R for cumulative indicators (docs/DOMAIN.md §7); any non-number → null, no realisasi → empty.
function totalRealisasi(realisasi: number | number[]): number | null | "empty" {
  const values = Array.isArray(realisasi) ? realisasi : [realisasi];
  if (values.length === 0) return "empty";
  let sum = 0;
  for (const r of values) {
    if (typeof r !== "number" || !Number.isFinite(r)) return null;
    sum += r;
  }
  return Number.isFinite(sum) ? sum : null;
}

/**
 * Kemajuan: progress towards the Renstra final target, R_n / T_akhir × 100, or Σ R / T_akhir × 100
 * when realisasi is the list of yearly values of a cumulative indicator; polarity-aware
 * (docs/DOMAIN.md §7.2; 004 Tabel 3.4 "(7) = 5/6*100"). Without cap: turun-rasio with R = 0 gives 200.
 * @example kemajuan({ realisasi: 57.9, targetAkhir: 67 })                      //=> { ok: true, value: 86.4179… }
 * @example kemajuan({ realisasi: 12, targetAkhir: 10, polaritas: "turun" })   //=> { ok: true, value: 80 }
 */
export function kemajuan(input: {
  realisasi: number | number[];
  targetAkhir: number;
  polaritas?: Polaritas | null;
}): Result<number> {
  const { realisasi, targetAkhir } = input ?? {};
  const polaritas = input?.polaritas ?? "naik";
  if (!["naik", "turun", "turun-rasio", "tetap"].includes(polaritas)) {
    return problem("#VALUE!", `Polaritas tidak dikenal: "${String(polaritas)}"`);
  }
  if (typeof targetAkhir !== "number" || !Number.isFinite(targetAkhir)) {
    return problem("#VALUE!", "Target akhir Renstra bukan angka: kemajuan tidak dapat dihitung");
  }
  const r = totalRealisasi(realisasi);
  if (r === "empty") return problem("#N/A", "Belum ada realisasi: kemajuan tidak dapat dihitung");
  if (r === null) return problem("#VALUE!", "Realisasi bukan angka: kemajuan tidak dapat dihitung");
  // The capaian formulas and T = 0 decisions (docs/DOMAIN.md §2) with the Renstra final target as T.
  const value = byPolaritas(polaritas, targetAkhir, r, null);
  if (!value.ok)
    return problem(value.code, `Target akhir Renstra 0 dengan realisasi ${r}: kemajuan tidak dapat dihitung`);
  return finite(value.value, "kemajuan");
}
