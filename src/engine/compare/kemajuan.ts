import { finite, ok, problem, type Result } from "../result";
import type { Polaritas } from "./polaritas";

// Σ R for cumulative indicators (DOMAIN.md §7); any non-number → null, no realisasi → empty.
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

// Same formulas and T = 0 decisions as capaian (DOMAIN.md §2), with the Renstra final target as T.
function progress(r: number, t: number, polaritas: Polaritas): Result<number> {
  if (polaritas === "turun-rasio") {
    return r === 0 ? ok(200) : finite((t / r) * 100, "kemajuan");
  }
  if (t === 0) {
    if (r === 0) return ok(100);
    return polaritas === "naik" ? problem("#DIV/0!", "Target akhir Renstra 0: kemajuan tidak dapat dihitung") : ok(0);
  }
  if (polaritas === "turun") return finite(Math.max(0, ((2 * t - r) / t) * 100), "kemajuan");
  if (polaritas === "tetap") return finite(Math.max(0, 100 - (Math.abs(r - t) / Math.abs(t)) * 100), "kemajuan");
  return finite((r / t) * 100, "kemajuan");
}

/**
 * Kemajuan: progress towards the Renstra final target, R_n / T_akhir × 100, or Σ R / T_akhir × 100
 * when realisasi is the list of yearly values of a cumulative indicator; polarity-aware
 * (DOMAIN.md §7; 004 Tabel 3.4 "(7) = 5/6*100"). Without cap: turun-rasio with R = 0 gives 200.
 * @example kemajuan({ realisasi: 57.9, targetAkhir: 67 })                      //=> { ok: true, value: 86.4179… }
 * @example kemajuan({ realisasi: 12, targetAkhir: 10, polaritas: "turun" })   //=> { ok: true, value: 80 }
 */
export function kemajuan(input: { realisasi: number | number[]; targetAkhir: number; polaritas?: Polaritas | null }): Result<number> {
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
  return progress(r, targetAkhir, polaritas);
}
