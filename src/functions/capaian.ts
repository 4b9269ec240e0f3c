import { capaian } from "../engine/capaian/capaian";
import { parsePolaritas } from "../engine/capaian/parse-polaritas";
import { blankToNull, optionalNumberArg, run } from "./coerce";

/**
 * Capaian kinerja dalam persen (100 = target tercapai) dari target dan realisasi.
 * @customfunction CAPAIAN
 * @helpurl https://localhost:3000/help.html#capaian
 * @param target Target: angka, teks angka Indonesia, rentang "70–80" atau predikat ("BB", "WTP").
 * @param realisasi Realisasi: angka, teks angka Indonesia ("17,65 %") atau predikat.
 * @param polaritas Polaritas indikator: naik (bawaan), turun, turun-rasio atau tetap.
 * @param batas Batas atas capaian, mis. 100 atau 120; kosong = tanpa batas.
 * @returns Capaian dalam persen.
 */
export function sakipCapaian(
  target: unknown,
  realisasi: unknown,
  polaritas?: unknown,
  batas?: unknown,
): number {
  return run(() => {
    const p = parsePolaritas(blankToNull(polaritas));
    if (!p.ok) return p;
    const b = optionalNumberArg(batas, "batas");
    if (!b.ok) return b;
    // Target and realisasi go to the engine raw: it reads ranges, predikat and text numbers itself.
    return capaian({
      target: blankToNull(target),
      realisasi: blankToNull(realisasi),
      polaritas: p.value,
      batas: b.value,
    });
  });
}
