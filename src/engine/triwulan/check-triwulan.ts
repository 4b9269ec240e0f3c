import { agreement } from "../compare/agreement";
import { roundHalfUp } from "../numbers/round";
import { ok, problem, type Result } from "../result";
import { tahunan } from "./tahunan";
import type { Agregasi } from "./types";

// Decimals a stated number shows (0.304 → 3), capped: floats like 0.1 + 0.2 print 17 digits.
function decimalsOf(value: number): number {
  const [mantissa, exponent = "0"] = String(Math.abs(value)).split("e");
  const fraction = mantissa.split(".")[1]?.length ?? 0;
  return Math.min(10, Math.max(0, fraction - Number(exponent)));
}

/**
 * Do the quarters aggregate to the stated annual value? (TRIWULAN_SUM_MISMATCH, docs/DOMAIN.md §4.)
 * Compared at `decimals` (default: the annual value's own decimals, at least 2); like capaian, a
 * value rounded half up or truncated to those decimals agrees (docs/DOMAIN.md §2.7).
 * @example checkTriwulan({ quarters: [4.25, 4.25, 4.5, 4.65], annual: 17.65, agregasi: "kumulatif" }) //=> { ok: true, value: { agrees: true, computed: 17.65 } }
 * @example checkTriwulan({ quarters: [0.46, 0.86, 0.86, 0.86], annual: 0.304, agregasi: "kumulatif" }) //=> { ok: true, value: { agrees: false, computed: 3.04 } }
 */
export function checkTriwulan(input: {
  quarters: (number | null | undefined)[];
  annual: number;
  agregasi: Agregasi;
  decimals?: number;
}): Result<{ agrees: boolean; computed: number }> {
  const { quarters, annual, agregasi, decimals } = input ?? {};
  if (typeof annual !== "number" || !Number.isFinite(annual)) {
    return problem("#VALUE!", "Nilai tahunan bukan angka: triwulan tidak dapat diperiksa");
  }
  if (
    decimals != null &&
    (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < 0 || decimals > 10)
  ) {
    return problem("#VALUE!", "Jumlah desimal harus bilangan bulat 0–10");
  }
  const computed = tahunan(quarters, agregasi);
  if (!computed.ok) return computed;
  const d = decimals ?? Math.max(2, decimalsOf(annual));
  // The annual value is rounded too, so a caller asking for fewer decimals than it shows still compares like with like.
  const agrees = agreement(roundHalfUp(annual, d), computed.value, d) !== "wrong";
  return ok({ agrees, computed: computed.value });
}
