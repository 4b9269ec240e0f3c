import { sisa } from "../engine/anggaran/sisa";
import { numberArg, run } from "./coerce";

/**
 * Sisa anggaran (Rp): pagu dikurangi realisasi.
 * @customfunction SISA
 * @helpurl https://localhost:3000/help.html#sisa
 * @param pagu Pagu anggaran (Rp).
 * @param realisasi Realisasi anggaran (Rp).
 * @returns Sisa anggaran dalam rupiah.
 */
export function sakipSisa(pagu: unknown, realisasi: unknown): number {
  return run(() => {
    const p = numberArg(pagu, "pagu");
    if (!p.ok) return p;
    const r = numberArg(realisasi, "realisasi");
    if (!r.ok) return r;
    return sisa(p.value, r.value);
  });
}
