import { roundHalfUp } from "./round";

const formatters = new Map<number, Intl.NumberFormat>();

function formatter(decimals: number): Intl.NumberFormat {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat("id-ID", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, f);
  }
  return f;
}

/**
 * Formats the id-ID way after rounding half up (docs/DOMAIN.md §2, §9); non-finite gives "", 10^21 and more
 * Excel's scientific way ("1,00E+308").
 * @example formatNumber(1234.567) //=> "1.234,57"
 */
export function formatNumber(value: number, decimals = 2): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return "";
  const d =
    typeof decimals === "number" && Number.isFinite(decimals)
      ? Math.min(20, Math.max(0, Math.trunc(decimals)))
      : 2;
  // Past 10^21 a number is a slip, not an amount: shown as Excel shows it ("1,00E+308"), not 300 digits.
  if (Math.abs(value) >= 1e21) return value.toExponential(d).replace(".", ",").replace("e", "E");
  const r = roundHalfUp(value, d);
  return formatter(d).format(r === 0 ? 0 : r); // never "-0"
}

/**
 * Formats Rupiah as an integer amount (docs/DOMAIN.md §5); non-finite gives "".
 * @example formatRupiah(1234567) //=> "Rp 1.234.567"
 */
export function formatRupiah(value: number): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return "";
  const text = `Rp ${formatNumber(Math.abs(value), 0)}`;
  return roundHalfUp(value, 0) < 0 ? `-${text}` : text;
}

/**
 * Formats percent points with a % sign, as the reports print capaian.
 * @example formatPercent(96.7285) //=> "96,73%"
 */
export function formatPercent(value: number, decimals = 2): string {
  const text = formatNumber(value, decimals);
  return text === "" ? "" : `${text}%`;
}
