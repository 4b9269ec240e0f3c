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

type Shape = { decimals: number; grouped: boolean };
const shapes = new Map<string, Shape>();

function shapeOf(format: string): Shape {
  let shape = shapes.get(format);
  if (!shape)
    shapes.set(
      format,
      (shape = { decimals: /\.(0+)/.exec(format)?.[1].length ?? 0, grouped: format.includes(",") }),
    );
  return shape;
}

/**
 * Width in digits of a number as `format` prints it, without building the string (20 000 budget
 * rows hold 100 000 numbers): digits, "." groups (half a digit each), "," and decimals, the sign.
 */
export function numberWidth(value: number, format: string | undefined): number {
  if (!format || format === "@" || format === "General") return textWidth(shownNumber(value, format));
  const { decimals, grouped } = shapeOf(format);
  const abs = Math.abs(value);
  const whole = Math.round(abs * 10 ** decimals) / 10 ** decimals;
  const digits = whole < 1 ? 1 : Math.floor(Math.log10(whole)) + 1;
  const groups = grouped ? Math.floor((digits - 1) / 3) : 0;
  return digits + groups * 0.5 + (decimals > 0 ? 0.5 + decimals : 0) + (value < 0 ? 0.6 : 0);
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
      const bold = styles.bold[i] === 1 ? 1.03 : 1;
      const need = (numberWidth(value, styles.format[i]) * bold + AIR) * (size / 11);
      const width = Math.ceil(need * 2) / 2;
      if (width > (out[c] ?? 0)) out[c] = width;
    });
  });
  return out;
}
