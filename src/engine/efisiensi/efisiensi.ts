import { finite, ok, problem, type Result } from "../result";
import type { MetodeEfisiensi } from "./types";

/**
 * The method, defaulting to "selisih" (003's definition, the only explicit one in the seeds); unknown → null.
 * @example metodeOf(undefined) //=> "selisih"
 */
export function metodeOf(metode: MetodeEfisiensi | null | undefined): MetodeEfisiensi | null {
  if (metode == null) return "selisih";
  return metode === "selisih" || metode === "rasio" ? metode : null;
}

/**
 * Tingkat efisiensi of a sasaran from its capaian kinerja (%) and serapan anggaran (%) (docs/DOMAIN.md §6).
 * @example efisiensi({ capaian: 96.73, serapan: 86.71 })                   //=> { ok: true, value: 10.02… }
 * @example efisiensi({ capaian: 96.73, serapan: 86.71, metode: "rasio" })  //=> { ok: true, value: 111.55… }
 */
export function efisiensi(input: {
  capaian: number;
  serapan: number;
  metode?: MetodeEfisiensi | null;
}): Result<number> {
  const { capaian, serapan } = input ?? {};
  const metode = metodeOf(input?.metode);
  if (metode === null)
    return problem(
      "#VALUE!",
      `Metode efisiensi tidak dikenal: "${String(input.metode)}" (pilih selisih atau rasio)`,
    );
  if (typeof capaian !== "number" || !Number.isFinite(capaian)) {
    return problem("#VALUE!", "Capaian kinerja bukan angka: efisiensi tidak dapat dihitung");
  }
  if (typeof serapan !== "number" || !Number.isFinite(serapan)) {
    return problem("#VALUE!", "Serapan anggaran bukan angka: efisiensi tidak dapat dihitung");
  }
  if (metode === "selisih") return finite(capaian - serapan, "efisiensi");
  if (serapan === 0) {
    // Mirrors serapan's 0-of-0 rule: no spending and no achievement is neither gain nor loss.
    return capaian === 0
      ? ok(100)
      : problem("#DIV/0!", "Serapan anggaran 0%: efisiensi (rasio) tidak dapat dihitung");
  }
  return finite((capaian / serapan) * 100, "efisiensi");
}
