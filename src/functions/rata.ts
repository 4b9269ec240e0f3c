import { rataCapaian } from "../engine/compare/rata-capaian";
import { numbersOrBlank, optionalNumberArg, run } from "./coerce";

/**
 * Rata-rata sederhana capaian indikator sebuah program; semua sel harus terisi.
 * @customfunction RATA
 * @helpurl https://localhost:3000/help.html#rata
 * @param rentang_capaian Rentang capaian indikator dalam persen.
 * @param batas Batas atas tiap capaian sebelum dirata-rata, mis. 100.
 * @returns Rata-rata capaian dalam persen.
 */
export function sakipRata(rentang_capaian: unknown[][], batas?: unknown): number {
  return run(() => {
    const values = numbersOrBlank(rentang_capaian, "rentang_capaian");
    if (!values.ok) return values;
    const b = optionalNumberArg(batas, "batas");
    if (!b.ok) return b;
    return rataCapaian(values.value, b.value);
  });
}
