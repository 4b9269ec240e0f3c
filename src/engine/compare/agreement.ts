import { roundHalfUp, truncate } from "../numbers/round";

/** Verdict for a stated number against the recomputed one (test/fixtures/shared/README.md). */
export type Agreement = "ok" | "minor" | "wrong";

// Equal at the stated precision: a millionth of the last printed digit absorbs float noise
// (0,1 + 0,2) without ever accepting a different printed digit.
function same(a: number, b: number, decimals: number): boolean {
  const unit = 10 ** -decimals;
  return Math.abs(a - b) <= unit * 1e-6 + Math.max(Math.abs(a), Math.abs(b)) * 1e-13;
}

/**
 * ok = stated equals computed rounded half up to `decimals`; minor = equals it truncated (004
 * prints 97,1 for 97,19, which docs/DOMAIN.md §2.7 accepts); otherwise wrong. Non-finite input is wrong.
 * @example agreement(97.1, 97.1918, 1) //=> "minor"
 */
export function agreement(stated: number, computed: number, decimals: number): Agreement {
  if (typeof stated !== "number" || typeof computed !== "number") return "wrong";
  if (!Number.isFinite(stated) || !Number.isFinite(computed)) return "wrong";
  const d =
    typeof decimals === "number" && Number.isFinite(decimals)
      ? Math.min(15, Math.max(0, Math.trunc(decimals)))
      : 2;
  if (same(stated, roundHalfUp(computed, d), d)) return "ok";
  if (same(stated, truncate(computed, d), d)) return "minor";
  return "wrong";
}
