import { parsePolaritas } from "../engine/capaian/parse-polaritas";
import { kemajuan } from "../engine/compare/kemajuan";
import { blankToNull, numberArg, numbersOrBlank, run } from "./coerce";

/**
 * Kemajuan terhadap target akhir Renstra dalam persen; rentang realisasi dijumlahkan (kumulatif).
 * @customfunction KEMAJUAN
 * @helpurl https://localhost:3000/help.html#kemajuan
 * @param realisasi Realisasi tahun ini, atau rentang realisasi per tahun untuk indikator kumulatif.
 * @param target_akhir Target akhir Renstra.
 * @param polaritas Polaritas indikator: naik (bawaan), turun, turun-rasio atau tetap.
 * @returns Kemajuan dalam persen.
 */
export function sakipKemajuan(realisasi: unknown[][], target_akhir: unknown, polaritas?: unknown): number {
  return run(() => {
    const values = numbersOrBlank(realisasi, "realisasi");
    if (!values.ok) return values;
    const t = numberArg(target_akhir, "target_akhir");
    if (!t.ok) return t;
    const p = parsePolaritas(blankToNull(polaritas));
    if (!p.ok) return p;
    // Years not yet realised are blank in a Renstra table: Σ R counts the filled ones (docs/DOMAIN.md §7).
    const filled = values.value.filter((v): v is number => v !== null);
    const r = filled.length === 1 ? filled[0] : filled;
    return kemajuan({ realisasi: r, targetAkhir: t.value, polaritas: p.value });
  });
}
