import { pertumbuhan } from "../engine/compare/pertumbuhan";
import { numberArg, run } from "./coerce";

/**
 * Pertumbuhan relatif dalam persen: (sesudah − sebelum) / |sebelum| × 100.
 * @customfunction PERTUMBUHAN
 * @helpurl https://localhost:3000/help.html#pertumbuhan
 * @param sebelum Nilai tahun atau kondisi sebelumnya.
 * @param sesudah Nilai tahun atau kondisi sesudahnya.
 * @returns Pertumbuhan dalam persen.
 */
export function sakipPertumbuhan(sebelum: unknown, sesudah: unknown): number {
  return run(() => {
    const a = numberArg(sebelum, "sebelum");
    if (!a.ok) return a;
    const b = numberArg(sesudah, "sesudah");
    if (!b.ok) return b;
    return pertumbuhan(a.value, b.value);
  });
}
