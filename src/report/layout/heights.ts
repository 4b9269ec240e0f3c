import type { CellInput } from "../../engine/model/sheet-spec";
import { tryRange } from "../../engine/sheet/a1";
import type { Canvas } from "./canvas";
import type { StyleGrid } from "./style-grid";
import { capacity, wrapLines } from "./text-width";

/** Excel's row height for one line of 11-point Calibri; other sizes scale with it. */
const LINE_POINTS = 15;
const DEFAULT_SIZE = 11;
/** Excel's largest row height. */
const MAX_POINTS = 409;

function textOf(value: CellInput): string | null {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "text" in value) return value.text;
  return null;
}

type Span = { rows: number; width: number };

// Merged cells: the width is the sum of their columns; a cell merged down may spread over its rows.
function spans(canvas: Canvas, widths: number[]): Map<number, Span> {
  const out = new Map<number, Span>();
  for (const m of canvas.merges) {
    const box = tryRange(m);
    if (!box) continue;
    let width = 0;
    for (let c = box.left; c <= box.right; c++) width += widths[c - 1] ?? 0;
    out.set((box.top - 1) * canvas.width + box.left - 1, { rows: box.bottom - box.top + 1, width });
  }
  return out;
}

/**
 * Row heights (points) that show every wrapped text whole: Excel keeps the height a file states and
 * does not fit wrapped text on opening, so rows taller than one line are set explicitly. Text merged
 * down over several rows adds to the last of them only what the rows lack together.
 */
export function rowHeights(
  canvas: Canvas,
  widths: number[],
  styles: StyleGrid,
): { row: number; height: number }[] {
  const merged = spans(canvas, widths);
  const heights = canvas.rows.map(() => 0);
  const tall: { row: number; rows: number; need: number }[] = [];
  canvas.rows.forEach((cells, r) => {
    cells.forEach((value, c) => {
      const text = textOf(value);
      const i = r * canvas.width + c;
      const size = styles.size[i] || DEFAULT_SIZE;
      const line = (LINE_POINTS * size) / DEFAULT_SIZE;
      if (text === null || text === "" || !styles.wrap[i]) {
        heights[r] = Math.max(heights[r], line);
        return;
      }
      const span = merged.get(i);
      const lines = wrapLines(text, capacity(span?.width ?? widths[c] ?? 10, size), styles.bold[i] === 1);
      if (span && span.rows > 1) tall.push({ row: r, rows: span.rows, need: lines * line });
      else heights[r] = Math.max(heights[r], lines * line);
    });
  });
  for (const t of tall) {
    const have = heights.slice(t.row, t.row + t.rows).reduce((a, b) => a + Math.max(b, LINE_POINTS), 0);
    const last = t.row + t.rows - 1;
    if (t.need > have) heights[last] = Math.max(heights[last], LINE_POINTS) + (t.need - have);
  }
  const out: { row: number; height: number }[] = [];
  heights.forEach((h, r) => {
    if (h > LINE_POINTS) out.push({ row: r + 1, height: Math.min(MAX_POINTS, Math.ceil(h * 4) / 4) });
  });
  return out;
}
