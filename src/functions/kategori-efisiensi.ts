import { ok } from "../engine/result";
import { kategoriEfisiensi } from "../engine/efisiensi/kategori";
import { choiceArg, numberArg, run } from "./coerce";
import { METODE } from "./efisiensi";

/**
 * Kategori efisiensi (efisien, cukup efisien, tidak efisien) dari tingkat efisiensi.
 * @customfunction KATEGORIEFISIENSI
 * @helpurl https://localhost:3000/help.html#kategoriefisiensi
 * @param nilai Tingkat efisiensi, hasil SAKIP.EFISIENSI.
 * @param metode Metode yang menghasilkan nilai itu: selisih (bawaan) atau rasio.
 * @returns Kategori efisiensi.
 */
export function sakipKategoriEfisiensi(nilai: unknown, metode?: unknown): string {
  return run(() => {
    const n = numberArg(nilai, "nilai");
    if (!n.ok) return n;
    const m = choiceArg(metode, "metode", METODE);
    if (!m.ok) return m;
    return ok(kategoriEfisiensi(n.value, m.value));
  });
}
