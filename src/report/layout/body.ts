import type { CellStyle } from "../../engine/model/sheet-spec";
import { cellAddress as cellRef, rangeAddress as rangeRef } from "../../engine/sheet/a1";
import { addRow, numberFormat, style, type Canvas } from "./canvas";
import { isFilled, isFormatted, isProblem, toInput } from "./cells";
import { DATA_BAR, FMT, fontOn, STYLE } from "./styles";
import type { ColumnKind, ReportCell, TablePart } from "./types";

const KIND_FORMAT: Partial<Record<ColumnKind, string>> = {
  rupiah: FMT.rupiah,
  persen: FMT.persen,
  jumlah: FMT.jumlah,
  no: FMT.text,
  text: FMT.text,
  longtext: FMT.text,
  kriteria: FMT.text,
};

const KIND_STYLE: Partial<Record<ColumnKind, CellStyle>> = {
  no: STYLE.center,
  text: STYLE.wrap,
  longtext: STYLE.wrap,
  kriteria: STYLE.center,
  // A value typed as text in a number column ("70–80", "BB", "59.64%") lines up with the numbers.
  angka: STYLE.right,
};

const PROBLEM_STYLE: CellStyle = { hAlign: "center", fontColor: "#595959" };

/** Writes the data rows of a part; returns the first and last body row (last < first when empty). */
export function writeBody(canvas: Canvas, part: TablePart): { first: number; last: number } {
  const first = canvas.rows.length + 1;
  const cells = part.rows.map((r) => [...r.cells]);
  const merges = mergeRuns(cells, part, first);
  cells.forEach((row) => addRow(canvas, row.map(toInput)));
  const last = canvas.rows.length;
  const width = part.columns.length;
  if (last < first) return { first, last };
  style(canvas, first, 1, last, width, STYLE.body);
  part.columns.forEach((col, i) => {
    const format = KIND_FORMAT[col.kind];
    if (format) numberFormat(canvas, first, i + 1, last, i + 1, format);
    const s = KIND_STYLE[col.kind];
    if (s) style(canvas, first, i + 1, last, i + 1, s);
  });
  part.rows.forEach((row, k) => {
    if (row.kind === "parent") style(canvas, first + k, 1, first + k, width, STYLE.parent);
    if (row.kind === "total") style(canvas, first + k, 1, first + k, width, STYLE.total);
  });
  cells.forEach((row, k) => row.forEach((cell, c) => decorate(canvas, cell, first + k, c + 1)));
  formattedRuns(canvas, cells, first);
  canvas.merges.push(...merges);
  for (const c of part.dataBars ?? [])
    canvas.dataBars.push({ range: rangeRef(first, c + 1, last, c + 1), color: DATA_BAR });
  return { first, last };
}

function decorate(canvas: Canvas, cell: ReportCell, row: number, col: number): void {
  if (isFilled(cell))
    style(canvas, row, col, row, col, { fill: cell.fill, fontColor: fontOn(cell.fill), hAlign: "center" });
  if (isProblem(cell)) {
    style(canvas, row, col, row, col, PROBLEM_STYLE);
    canvas.notes.push({ cell: cellRef(row, col), text: cell.problem.message });
  }
}

// Indicator values keep their own decimals: one number-format range per run of equal formats in a column.
function formattedRuns(canvas: Canvas, cells: ReportCell[][], first: number): void {
  const width = Math.max(0, ...cells.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    let k = 0;
    while (k < cells.length) {
      const cell = cells[k][c];
      if (!isFormatted(cell)) {
        k++;
        continue;
      }
      let j = k;
      while (
        j + 1 < cells.length &&
        isFormatted(cells[j + 1][c]) &&
        (cells[j + 1][c] as typeof cell).format === cell.format
      )
        j++;
      numberFormat(canvas, first + k, c + 1, first + j, c + 1, cell.format);
      k = j + 1;
    }
  }
}

// Reports print a sasaran once and merge it down over its indicators (004:L712–722); equal texts
// in consecutive data rows become one merged cell.
function mergeRuns(cells: ReportCell[][], part: TablePart, first: number): string[] {
  const merges: string[] = groupRuns(cells, part, first);
  for (const c of part.mergeDown ?? []) {
    let k = 0;
    while (k < cells.length) {
      const value = cells[k][c];
      let j = k;
      const mergeable = typeof value === "string" && part.rows[k].kind !== "total";
      while (
        mergeable &&
        j + 1 < cells.length &&
        cells[j + 1][c] === value &&
        part.rows[j + 1].kind !== "total"
      )
        j++;
      if (j > k) {
        for (let m = k + 1; m <= j; m++) cells[m][c] = null;
        merges.push(rangeRef(first + k, c + 1, first + j, c + 1));
      }
      k = j + 1;
    }
  }
  return merges;
}

// A group's first row carries the value (the budget of a sasaran, its number): merged over the whole run of the group.
function groupRuns(cells: ReportCell[][], part: TablePart, first: number): string[] {
  const merges: string[] = [];
  let k = 0;
  while (k < cells.length) {
    const group = part.rows[k].group;
    let j = k;
    while (group !== undefined && j + 1 < cells.length && part.rows[j + 1].group === group) j++;
    if (j > k)
      for (const c of part.mergeGroups ?? []) {
        // Merged only when the rows below repeat the first or say nothing: a number of its own stays visible.
        const rest = cells.slice(k + 1, j + 1).map((row) => row[c]);
        if (!rest.every((v) => v === null || v === cells[k][c])) continue;
        for (let m = k + 1; m <= j; m++) cells[m][c] = null;
        merges.push(rangeRef(first + k, c + 1, first + j, c + 1));
      }
    k = j + 1;
  }
  return merges;
}
