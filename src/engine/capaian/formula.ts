import { problem, ok, type Result } from "../result";
import type { Polaritas } from "./types";

const divZero = (r: number) =>
  problem("#DIV/0!", `Target 0 dengan realisasi ${r}: capaian tidak dapat dihitung`);

/**
 * Capaian for a numeric target by polarity, with the T = 0 and R = 0 decisions of docs/DOMAIN.md §2.
 * @example byPolaritas("turun", 10, 5, null) //=> { ok: true, value: 150 }
 */
export function byPolaritas(
  polaritas: Polaritas,
  t: number,
  r: number,
  batas: number | null,
): Result<number> {
  switch (polaritas) {
    case "turun":
      // T = 0: nothing is the best outcome, so R ≤ 0 meets it fully and any R > 0 earns 0.
      if (t === 0) return ok(r <= 0 ? 100 : 0);
      return ok(Math.max(0, ((2 * t - r) / t) * 100));
    case "turun-rasio":
      if (t === 0 && r === 0) return ok(100);
      // R = 0 makes T / R infinite: give the cap, else 200 (docs/DOMAIN.md §2.2; prefer "turun").
      if (r === 0) return ok(batas ?? 200);
      return ok((t / r) * 100);
    case "tetap":
      if (t === 0) return r === 0 ? ok(100) : ok(0);
      return ok(Math.max(0, 100 - (Math.abs(r - t) / Math.abs(t)) * 100));
    default:
      // naik; negative T or R is computed as written, the checker warns (docs/DOMAIN.md §2).
      if (t === 0) return r === 0 ? ok(100) : divZero(r);
      return ok((r / t) * 100);
  }
}
