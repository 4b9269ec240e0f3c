import { ok } from "../engine/result";
import { predikatAkip } from "../engine/kriteria/predikat-akip";
import { numberArg, run } from "./coerce";

/**
 * Predikat AKIP (AA … D) untuk nilai evaluasi SAKIP.
 * @customfunction PREDIKAT
 * @helpurl https://localhost:3000/help.html#predikat
 * @param nilai Nilai evaluasi AKIP, 0 sampai 100.
 * @returns Predikat AKIP.
 */
export function sakipPredikat(nilai: unknown): string {
  return run(() => {
    const n = numberArg(nilai, "nilai");
    if (!n.ok) return n;
    const grade = predikatAkip(n.value);
    return grade.ok ? ok(grade.value.grade) : grade;
  });
}
