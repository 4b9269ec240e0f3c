/** How efisiensi is computed (docs/DOMAIN.md §6): "selisih" = capaian − serapan (003), "rasio" = capaian / serapan × 100. */
export type MetodeEfisiensi = "selisih" | "rasio";

/** Efficiency category of a sasaran (docs/DOMAIN.md §6, decision taken from an e-SAKIP app). */
export type KategoriEfisiensi = "efisien" | "cukup efisien" | "tidak efisien";
