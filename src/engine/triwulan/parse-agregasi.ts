import { ok, problem, type Result } from "../result";
import type { Agregasi } from "./types";

// Words staff write in an "agregasi"/"sifat" column; keys are lower-case with spaces/dashes/dots removed.
const ALIASES: Record<string, Agregasi> = {
  kumulatif: "kumulatif",
  akumulatif: "kumulatif",
  akumulasi: "kumulatif",
  jumlah: "kumulatif",
  total: "kumulatif",
  sum: "kumulatif",
  akhir: "akhir",
  terakhir: "akhir",
  posisiakhir: "akhir",
  nilaiakhir: "akhir",
  last: "akhir",
  ratarata: "rata-rata",
  rerata: "rata-rata",
  rata2: "rata-rata",
  average: "rata-rata",
  mean: "rata-rata",
  maks: "maks",
  max: "maks",
  maksimum: "maks",
  maksimal: "maks",
  tertinggi: "maks",
};

/**
 * Reads an agregasi setting; empty means "use the default for the unit" (null, see defaultAgregasi).
 * @example parseAgregasi("Rata-rata") //=> { ok: true, value: "rata-rata" }
 * @example parseAgregasi("")          //=> { ok: true, value: null }
 */
export function parseAgregasi(text: unknown): Result<Agregasi | null> {
  if (text == null) return ok(null);
  if (typeof text !== "string") return problem("#VALUE!", "Agregasi triwulan harus berupa teks");
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s\-_.]+/g, "");
  if (key === "") return ok(null);
  const found = Object.prototype.hasOwnProperty.call(ALIASES, key) ? ALIASES[key] : undefined;
  return found
    ? ok(found)
    : problem(
        "#VALUE!",
        `Agregasi triwulan tidak dikenal: "${text.trim()}" (pilih kumulatif, akhir, rata-rata atau maks)`,
      );
}
