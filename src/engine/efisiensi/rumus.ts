import { metodeOf } from "./efisiensi";
import type { MetodeEfisiensi } from "./types";

/**
 * The efisiensi formula in words, printed under the efficiency table (docs/DOMAIN.md §6).
 * @example rumusEfisiensi() //=> "Tingkat efisiensi = capaian kinerja (%) − serapan anggaran (%)"
 */
export function rumusEfisiensi(metode?: MetodeEfisiensi | null): string {
  return metodeOf(metode) === "rasio"
    ? "Tingkat efisiensi = capaian kinerja (%) / serapan anggaran (%) × 100"
    : "Tingkat efisiensi = capaian kinerja (%) − serapan anggaran (%)";
}
