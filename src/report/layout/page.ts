import type { PageMargins } from "../../engine/model/sheet-spec";

/** A4 landscape in points. */
const PAGE = { width: 841.89, height: 595.28 };

/** Narrow side margins leave room for the table; top and bottom room for the running header and footer. */
export const MARGINS: PageMargins = {
  left: 0.4,
  right: 0.4,
  top: 0.7,
  bottom: 0.7,
  header: 0.3,
  footer: 0.3,
};

/** The body font is 11 pt: at 82 % it prints at 9 pt, the smallest a reader of the signed report should get. */
export const MIN_SCALE = 82;

/** Column widths never shrink under this many digits (a sasaran in 14 digits is 3–4 words a line). */
const MIN_TEXT_WIDTH = 14;

/** Pages are filled to this share of their estimated height, so Excel's own break never comes first. */
const FILL = 0.94;

/**
 * Printed width of a column in points: Excel's (7·w + 5) pixels at 96 dpi.
 * @example columnPoints(10) //=> 56.25
 */
export function columnPoints(width: number): number {
  // Excel draws 7 px per digit + 5; LibreOffice about 7,5: the wider keeps both on the page.
  return (7.6 * width + 5) * 0.75;
}

const printableWidth = PAGE.width - (MARGINS.left + MARGINS.right) * 72;

/**
 * The zoom that fits the columns on the page's width, at most 100 %.
 * @example printScale([10, 34, 38]) //=> 100
 */
export function printScale(widths: number[]): number {
  const total = widths.reduce((s, w) => s + columnPoints(w), 0);
  return Math.max(10, Math.min(100, Math.floor((printableWidth / total) * 100)));
}

/**
 * Widths narrowed so the sheet prints at MIN_SCALE or more: only the `flexible` (wrapped text) columns give up width,
 * each in proportion to what it has above MIN_TEXT_WIDTH; the rows grow instead.
 * @example fitToScale([10, 60, 60, 20], [1, 2]) //=> [10, 46.5, 46.5, 20] (sums to what prints at 82 %)
 */
export function fitToScale(widths: number[], flexible: number[]): number[] {
  if (printScale(widths) >= MIN_SCALE) return widths;
  const target = printableWidth / (MIN_SCALE / 100);
  const total = widths.reduce((s, w) => s + columnPoints(w), 0);
  const excess = (total - target) / (7.6 * 0.75); // in digits
  const spare = flexible.reduce((s, c) => s + Math.max(0, widths[c] - MIN_TEXT_WIDTH), 0);
  if (spare <= 0) return widths;
  const share = Math.min(1, excess / spare);
  return widths.map((w, c) =>
    flexible.includes(c) ? Math.floor((w - Math.max(0, w - MIN_TEXT_WIDTH) * share) * 2) / 2 : w,
  );
}

/**
 * The height in sheet points one printed page holds at a zoom (what is left between the top and bottom margins).
 * @example pageHeight(100) //=> 468.2… (0,94 of A4 landscape less 1,4 inch)
 */
export function pageHeight(scale: number): number {
  return ((PAGE.height - (MARGINS.top + MARGINS.bottom) * 72) / (scale / 100)) * FILL;
}
