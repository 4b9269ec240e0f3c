import { rangeAddress as rangeRef } from "../../engine/sheet/a1";
import { addRow, style, type Canvas } from "./canvas";
import { STYLE } from "./styles";
import type { Column } from "./types";

/**
 * Writes a table's header: one row, or two when columns carry a group ("TAHUN 2023" above
 * "Target | Realisasi | %", 000:L462), then the column-number row "(1) (2) …" with the formulas
 * reports print there ("(7) =5/6*100", 004:L763). Returns the first and last header row.
 */
export function writeHeader(
  canvas: Canvas,
  columns: Column[],
  numbered: boolean,
): { first: number; last: number } {
  const grouped = columns.some((c) => c.group);
  const first = canvas.rows.length + 1;
  if (!grouped) {
    addRow(
      canvas,
      columns.map((c) => c.header),
    );
  } else {
    addRow(
      canvas,
      columns.map((c, i) => (c.group ? (columns[i - 1]?.group === c.group ? null : c.group) : c.header)),
    );
    addRow(
      canvas,
      columns.map((c) => (c.group ? c.header : null)),
    );
    mergeHeader(canvas, columns, first);
  }
  const headerLast = canvas.rows.length;
  style(canvas, first, 1, headerLast, columns.length, STYLE.header);
  if (numbered) {
    const row = addRow(
      canvas,
      columns.map((c, i) => c.formula ?? `(${i + 1})`),
    );
    style(canvas, row, 1, row, columns.length, STYLE.numberRow);
  }
  return { first, last: canvas.rows.length };
}

function mergeHeader(canvas: Canvas, columns: Column[], row: number): void {
  let i = 0;
  while (i < columns.length) {
    const group = columns[i].group;
    if (!group) {
      canvas.merges.push(rangeRef(row, i + 1, row + 1, i + 1));
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < columns.length && columns[j + 1].group === group) j++;
    if (j > i) canvas.merges.push(rangeRef(row, i + 1, row, j + 1));
    i = j + 1;
  }
}
