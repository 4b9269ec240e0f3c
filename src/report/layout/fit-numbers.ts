import type { Canvas } from "./canvas";
import type { StyleGrid } from "./style-grid";
import { textWidth } from "./text-width";

/** Air beside a number, in digits: Excel prints "#####" for a number wider than its column. */
const AIR = 1;

/** How `value` prints under an invariant format code ("#,##0", "#,##0.00", "0.00"): separators and decimals. */
export function shownNumber(value: number, format: string | undefined): string {
  if (!format || format === "@" || format === "General") return String(Number(value.toPrecision(10)));
  const decimals = /\.(0+)/.exec(format)?.[1].length ?? 0;
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const grouped = format.includes(",") ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ".") : int;
  return `${value < 0 ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}

/**
 * Column widths wide enough for every number in them (Excel prints "#####" for a number wider than
 * its column): a provincial budget's 1.234.567.890.123 widens a column set for a regency's.
 */
export function fitNumbers(canvas: Canvas, widths: number[], styles: StyleGrid): number[] {
  const out = [...widths];
  canvas.rows.forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (typeof value !== "number" || !Number.isFinite(value)) return;
      const i = r * canvas.width + c;
      const size = styles.size[i] || 11;
      const need =
        (textWidth(shownNumber(value, styles.format[i]), styles.bold[i] === 1) + AIR) * (size / 11);
      const width = Math.ceil(need * 2) / 2;
      if (width > (out[c] ?? 0)) out[c] = width;
    });
  });
  return out;
}
