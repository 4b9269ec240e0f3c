import { ok, problem } from "../engine/result";
import { parseNumber } from "../engine/numbers/parse-number";
import { run } from "./coerce";

/**
 * Angka dari teks berformat Indonesia, mis. "1.234,5", "Rp. 12.151.893.026,-" atau "17,65 %".
 * @customfunction ANGKA
 * @helpurl https://localhost:3000/help.html#angka
 * @param teks Teks angka atau sel yang dibaca; persen tetap dalam poin persen (17,65).
 * @returns Angka.
 */
export function sakipAngka(teks: unknown): number {
  return run(() => {
    if (typeof teks === "boolean") return problem("#VALUE!", "Argumen teks bernilai logika, bukan angka");
    const parsed = parseNumber(teks);
    if (parsed.kind === "number") return ok(parsed.value);
    if (parsed.kind === "empty") return problem("#N/A", "Argumen teks kosong: tidak ada angka");
    return problem("#VALUE!", `Teks "${parsed.text}" bukan angka`);
  });
}
