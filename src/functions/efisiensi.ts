import { efisiensi } from "../engine/efisiensi/efisiensi";
import { choiceArg, numberArg, run } from "./coerce";

export const METODE = ["selisih", "rasio"] as const;

/**
 * Tingkat efisiensi: capaian kinerja dikurangi serapan anggaran, atau rasio keduanya.
 * @customfunction EFISIENSI
 * @helpurl https://localhost:3000/help.html#efisiensi
 * @param capaian Capaian kinerja dalam persen.
 * @param serapan Serapan anggaran dalam persen.
 * @param metode Metode: selisih (bawaan, capaian − serapan) atau rasio (capaian / serapan × 100).
 * @returns Tingkat efisiensi.
 */
export function sakipEfisiensi(capaian: unknown, serapan: unknown, metode?: unknown): number {
  return run(() => {
    const c = numberArg(capaian, "capaian");
    if (!c.ok) return c;
    const s = numberArg(serapan, "serapan");
    if (!s.ok) return s;
    const m = choiceArg(metode, "metode", METODE);
    if (!m.ok) return m;
    return efisiensi({ capaian: c.value, serapan: s.value, metode: m.value });
  });
}
