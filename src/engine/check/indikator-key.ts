import { normaliseKey } from "../evaluate";

// Words that differ between two tables printing the same indicator ("Persentase Koperasi yang aktif" in 004 Tabel 3.2,
// "Persentase Koperasi Aktif" in Tabel 3.3).
const FILLER = new Set(["yang", "dan", "di", "ke", "dari", "pada", "untuk", "the"]);

/**
 * The identity of an indicator (or program) name across tables: normalised, filler words dropped.
 * @example indikatorKey("Persentase Koperasi yang aktif") //=> "persentase koperasi aktif"
 */
export function indikatorKey(text: string | null | undefined): string {
  const words = normaliseKey(text).split(" ");
  let out = "";
  for (const w of words) if (w !== "" && !FILLER.has(w)) out = out === "" ? w : `${out} ${w}`;
  return out;
}
