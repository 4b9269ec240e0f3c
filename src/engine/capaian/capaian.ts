import { finite, ok, type Result } from "../result";
import { byPolaritas } from "./formula";
import { readInput, type Prepared } from "./read-input";
import type { CapaianInput } from "./types";

/** The uncapped value of prepared inputs: ranges use their nearest bound as T, grades their ranks. */
export function rawCapaian(p: Prepared): Result<number> {
  const t = p.target;
  if (t.kind === "predikat") return ok((p.r / t.rank) * 100); // rank(R) / rank(T) × 100
  if (t.kind === "range") {
    // Inside the band → 100; outside, the polarity formula against the nearest bound (docs/DOMAIN.md §2.3).
    const nearest = Math.min(t.upper, Math.max(t.lower, p.r));
    return byPolaritas(p.polaritas, nearest, p.r, p.batas);
  }
  return byPolaritas(p.polaritas, t.value, p.r, p.batas);
}

/**
 * Capaian of one indicator, in percent points (100 = target met); capped only when `batas` is given.
 * @example capaian({ target: 63, realisasi: 57.9 })                  //=> { ok: true, value: 91.9047… }
 * @example capaian({ target: 10, realisasi: 5, polaritas: "turun" }) //=> { ok: true, value: 150 }
 */
export function capaian(input: CapaianInput): Result<number> {
  const prepared = readInput(input);
  if (!prepared.ok) return prepared;
  const value = rawCapaian(prepared.value);
  if (!value.ok) return value;
  const { batas } = prepared.value;
  const capped = batas !== null ? Math.min(value.value, batas) : value.value;
  return finite(capped === 0 ? 0 : capped, "capaian");
}
