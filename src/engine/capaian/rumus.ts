import type { Polaritas, TargetSpec } from "./types";

const BASE: Record<Polaritas, string> = {
  naik: "R / T × 100",
  turun: "(2T − R) / T × 100",
  "turun-rasio": "T / R × 100",
  tetap: "100 − |R − T| / T × 100",
};

/**
 * The formula printed under a capaian table (docs/DOMAIN.md §2); unknown polarity reads as naik.
 * @example rumusCapaian("turun") //=> "(2T − R) / T × 100"
 */
export function rumusCapaian(polaritas: Polaritas, kind: TargetSpec["kind"] = "number"): string {
  const known = typeof polaritas === "string" && Object.prototype.hasOwnProperty.call(BASE, polaritas);
  const base = known ? BASE[polaritas] : BASE.naik;
  if (kind === "predikat") return "peringkat(R) / peringkat(T) × 100";
  if (kind === "range") return `dalam rentang = 100; di luar: ${base}, T = batas rentang terdekat`;
  return base;
}
