import type { CellInput } from "../../engine/model/sheet-spec";
import type { Canvas } from "./canvas";

const LINE_POINTS = 15;
const MAX_LINES = 12;

function textLength(value: CellInput): number {
  if (typeof value === "string") return value.length;
  if (value && typeof value === "object" && "text" in value) return value.text.length;
  return 0;
}

// Cells merged across columns (titles, "Sumber" lines) get the merged width; other wrapped cells
// their own column. Neither Excel nor the xlsx writer grows a row to fit wrapped text in a merged
// cell, so the height is set explicitly from an estimate of the number of lines.
function spanWidths(canvas: Canvas, widths: number[]): Map<string, number> {
  const spans = new Map<string, number>();
  for (const m of canvas.merges) {
    const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m);
    if (!match) continue;
    const [c1, c2] = [colIndex(match[1]), colIndex(match[3])];
    let w = 0;
    for (let c = c1; c <= c2; c++) w += widths[c] ?? 0;
    spans.set(`${match[2]}:${c1}`, w);
  }
  return spans;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Row heights (points) for rows whose text needs more than one line in its column width. */
export function rowHeights(canvas: Canvas, widths: number[]): { row: number; height: number }[] {
  const spans = spanWidths(canvas, widths);
  const out: { row: number; height: number }[] = [];
  canvas.rows.forEach((cells, i) => {
    const row = i + 1;
    let lines = 1;
    cells.forEach((value, c) => {
      const len = textLength(value);
      if (len === 0) return;
      const width = Math.max(1, (spans.get(`${row}:${c}`) ?? widths[c] ?? 10) - 1);
      lines = Math.max(lines, Math.ceil((len * 1.1) / width));
    });
    if (lines > 1) out.push({ row, height: Math.min(MAX_LINES, lines) * LINE_POINTS });
  });
  return out;
}
