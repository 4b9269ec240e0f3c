import { formatNumber } from "../numbers";

/**
 * A number in Indonesian format with the decimals it actually has (at most 4): 90 → "90", 0.304 → "0,304".
 * @example show(67.71) //=> "67,71"
 */
export function show(value: number): string {
  const s = String(Math.round(value * 1e4) / 1e4);
  const dot = s.indexOf(".");
  return formatNumber(value, dot < 0 ? 0 : Math.min(4, s.length - dot - 1));
}
