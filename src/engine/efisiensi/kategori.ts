import { metodeOf } from "./efisiensi";
import type { KategoriEfisiensi, MetodeEfisiensi } from "./types";

/**
 * Category of an efisiensi value (docs/DOMAIN.md §6): selisih > +5 efisien, −5…+5 cukup efisien,
 * < −5 tidak efisien; rasio > 105, 95…105, < 95. Bounds belong to "cukup efisien"; a non-number
 * (or an unknown method) can never be called efficient, so it is "tidak efisien".
 * @example kategoriEfisiensi(10.02) //=> "efisien"
 * @example kategoriEfisiensi(100, "rasio") //=> "cukup efisien"
 */
export function kategoriEfisiensi(nilai: number, metode?: MetodeEfisiensi | null): KategoriEfisiensi {
  const m = metodeOf(metode);
  if (m === null || typeof nilai !== "number") return "tidak efisien";
  const center = m === "rasio" ? 100 : 0;
  if (nilai > center + 5) return "efisien";
  if (nilai >= center - 5) return "cukup efisien";
  return "tidak efisien";
}
