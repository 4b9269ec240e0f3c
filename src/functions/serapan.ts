import { serapan } from "../engine/anggaran/serapan";
import { numberArg, run } from "./coerce";

/**
 * Serapan anggaran dalam persen: realisasi dibagi pagu dikali 100.
 * @customfunction SERAPAN
 * @helpurl https://localhost:3000/help.html#serapan
 * @param pagu Pagu anggaran (Rp), angka atau teks seperti "Rp. 12.151.893.026,-".
 * @param realisasi Realisasi anggaran (Rp).
 * @returns Serapan dalam persen.
 */
export function sakipSerapan(pagu: unknown, realisasi: unknown): number {
  return run(() => {
    const p = numberArg(pagu, "pagu");
    if (!p.ok) return p;
    const r = numberArg(realisasi, "realisasi");
    if (!r.ok) return r;
    return serapan(p.value, r.value);
  });
}
