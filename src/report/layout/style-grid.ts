import { tryRange } from "../../engine/sheet/a1";
import type { Canvas } from "./canvas";

/** What the text measure needs of each cell's style, after every format entry has been applied in order. */
export type StyleGrid = {
  width: number;
  bold: Uint8Array;
  wrap: Uint8Array;
  size: Float32Array; // 0 = the default 11 pt
  format: (string | undefined)[]; // number format code
};

/** Resolves the canvas's style ranges into per-cell flags (index (row − 1) × width + col − 1). */
export function styleGrid(canvas: Canvas): StyleGrid {
  const width = canvas.width;
  const n = canvas.rows.length * width;
  const grid: StyleGrid = {
    width,
    bold: new Uint8Array(n),
    wrap: new Uint8Array(n),
    size: new Float32Array(n),
    format: new Array(n),
  };
  for (const { range, style } of canvas.formats) {
    if (style.bold === undefined && style.wrap === undefined && style.fontSize === undefined) continue;
    each(range, width, canvas.rows.length, (i) => {
      if (style.bold !== undefined) grid.bold[i] = style.bold ? 1 : 0;
      if (style.wrap !== undefined) grid.wrap[i] = style.wrap ? 1 : 0;
      if (style.fontSize !== undefined) grid.size[i] = style.fontSize;
    });
  }
  for (const { range, format } of canvas.numberFormats)
    each(range, width, canvas.rows.length, (i) => (grid.format[i] = format));
  return grid;
}

function each(range: string, width: number, height: number, fn: (index: number) => void): void {
  const box = tryRange(range);
  if (!box) return;
  for (let r = box.top; r <= Math.min(box.bottom, height); r++) {
    for (let c = box.left; c <= Math.min(box.right, width); c++) fn((r - 1) * width + c - 1);
  }
}
