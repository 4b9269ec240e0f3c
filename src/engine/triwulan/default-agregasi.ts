import type { Agregasi } from "./types";

// Rates, indices, scores and grades are a state at year end, not a flow: summing quarters is wrong (docs/DOMAIN.md §4).
const LEVEL_UNIT = /%|\b(persen|prosen|persentase|indeks|index|nilai|skor|predikat)\b/i;

/**
 * The default agregasi for a unit (satuan): "akhir" for %, persen, indeks, nilai, skor, predikat; else "kumulatif".
 * @example defaultAgregasi("Persen") //=> "akhir"
 * @example defaultAgregasi("Koperasi") //=> "kumulatif"
 */
export function defaultAgregasi(satuan: string | null | undefined): Agregasi {
  return typeof satuan === "string" && LEVEL_UNIT.test(satuan) ? "akhir" : "kumulatif";
}
