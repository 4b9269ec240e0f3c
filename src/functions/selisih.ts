import { ok } from "../engine/result";
import { selisih } from "../engine/compare/selisih";
import { numberArg, run } from "./coerce";

/**
 * Selisih dua nilai (sesudah − sebelum), mis. perubahan capaian antartahun dalam poin persen.
 * @customfunction SELISIH
 * @helpurl https://localhost:3000/help.html#selisih
 * @param sebelum Nilai tahun atau kondisi sebelumnya.
 * @param sesudah Nilai tahun atau kondisi sesudahnya.
 * @returns Selisih.
 */
export function sakipSelisih(sebelum: unknown, sesudah: unknown): number {
  return run(() => {
    const a = numberArg(sebelum, "sebelum");
    if (!a.ok) return a;
    const b = numberArg(sesudah, "sesudah");
    if (!b.ok) return b;
    return ok(selisih(a.value, b.value));
  });
}
