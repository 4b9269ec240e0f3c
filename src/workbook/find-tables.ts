/** Finds the tables on a sheet by their header vocabulary (docs/REPORT.md §1); Excel Tables when listed. */
import { parseRange, a1, type Box } from "./a1";
import { headerLabels, headerSpan, isUnitsRow, type HeaderBlock } from "./header-labels";
import {
  columnFormula,
  isColumnNumberRow,
  isGroupRow,
  isHeaderRow,
  isLooseHeaderRow,
  isAccountHeaderRow,
  isSubHeaderRow,
} from "./header-rows";
import { expandBand } from "./header-band";
import { isBlank, isTitleText, rowTexts, sumberOf } from "./lines";
import { isHeaderish, normalise } from "./headers";
import { owner, type SheetView } from "./sheet";

/** Geometry of one table before its columns are named: header, body rows, title, sumber. */
export type TableBlock = {
  view: SheetView;
  header: HeaderBlock;
  formula?: string; // from the column-number row, e.g. "(7) =5/6*100"
  numbers?: Map<number, string>; // column → its column-number cell ("12=8+9+10+11")
  title?: { text: string; cell: string };
  body: number[]; // rows between header and end that are not blank, repeated headers or column numbers
  breaks: Set<number>; // first body row after a repeated header (a page break pasted from a PDF)
  lastRow: number;
  sumber?: string;
  excelTable?: string;
  notesBeside: { row: number; col: number }[]; // first text outside the header's columns, per body row
};

const MAX_BLANK = 3; // blank rows a table may hold inside before it is taken to have ended

function signature(view: SheetView, row: number, c1: number, c2: number): string {
  return rowTexts(view, row, c1, c2)
    .map((t) => `${t.col}:${normalise(t.text)}`)
    .join("|");
}

function headerAt(view: SheetView, row: number): HeaderBlock {
  let { c1, c2 } = headerSpan(view, row, row);
  let top = row;
  let bottom = row;
  if (row < view.lastRow && isSubHeaderRow(view, row + 1, c1, c2)) bottom = row + 1;
  else if (row > view.firstRow && !isBlank(view, row - 1, c1, c2) && isGroupRow(view, row - 1, c1, c2))
    top = row - 1;
  ({ c1, c2 } = headerSpan(view, top, bottom));
  ({ top, bottom } = expandBand(view, top, bottom, c1, c2));
  ({ c1, c2 } = headerSpan(view, top, bottom));
  // A note typed beside the header, past a blank column, is not a column of the table.
  while (c2 > c1 && isBlank(view, top, c2 - 1, c2 - 1) && isBlank(view, bottom, c2 - 1, c2 - 1)) {
    const words = rowTexts(view, top, c2, c2).concat(rowTexts(view, bottom, c2, c2));
    if (words.some((w) => isHeaderish(w.text))) break;
    c2 -= 1;
    while (c2 > c1 && isBlank(view, top, c2, c2) && isBlank(view, bottom, c2, c2)) c2 -= 1;
  }
  return { top, bottom, c1, c2, labels: headerLabels(view, top, bottom, c1, c2, a1) };
}

function titleAbove(view: SheetView, top: number, minRow: number): TableBlock["title"] {
  const lines: { text: string; cell: string }[] = [];
  for (let r = top - 1; r > minRow && r >= top - 4; r--) {
    const texts = rowTexts(view, r, view.firstCol, view.lastCol);
    if (texts.length === 0) {
      if (lines.length > 0) break;
      continue;
    }
    if (texts.length !== 1 || sumberOf([texts[0].text]) !== undefined) break;
    lines.unshift({ text: texts[0].text.replace(/\*+/g, "").trim(), cell: a1(r, texts[0].col) });
    if (isTitleText(texts[0].text)) break;
  }
  if (lines.length === 0) return undefined;
  const start = lines.findIndex((l) => isTitleText(l.text));
  const used = start >= 0 ? lines.slice(start) : lines.slice(-1);
  return { text: used.map((l) => l.text).join(" "), cell: used[0].cell };
}

/** Rows taken by the header at `row` when it repeats this table's header (a page break). */
function repeatLength(view: SheetView, row: number, h: HeaderBlock, sig: string[]): number {
  for (let i = 0; i < sig.length; i++) if (signature(view, row + i, h.c1, h.c2) !== sig[i]) return 0;
  return sig.length;
}

function scanBody(view: SheetView, block: TableBlock, start: number, stop: number): void {
  const h = block.header;
  const sig: string[] = [];
  for (let r = h.top; r <= h.bottom; r++) sig.push(signature(view, r, h.c1, h.c2));
  const firstTop = view.text(h.top, h.c1).toLowerCase();
  let blankRun = 0;
  let pendingBreak = false;
  for (let row = start; row <= stop; row++) {
    if (isBlank(view, row, h.c1, h.c2)) {
      // A header with no row under it yet waits for its data (a template's empty rows, then data).
      if (++blankRun > MAX_BLANK && block.body.length > 0) break;
      continue;
    }
    const texts = rowTexts(view, row, view.firstCol, view.lastCol);
    const sumber = sumberOf(texts.map((t) => t.text));
    if (sumber !== undefined) {
      block.sumber = sumber;
      break;
    }
    if (texts.length === 1 && isTitleText(texts[0].text)) break;
    if (view.text(row, h.c1).toLowerCase() === firstTop) {
      const n = repeatLength(view, row, h, sig);
      if (n > 0) {
        row += n - 1;
        if (row + 1 <= stop && isColumnNumberRow(view, row + 1, h.c1, h.c2)) row++;
        pendingBreak = true;
        continue;
      }
    }
    if (isHeaderRow(view, row, h.c1, h.c2)) break;
    const inside = texts.filter((t) => t.col >= h.c1 && t.col <= h.c2);
    if (
      blankRun > 0 &&
      inside.length === 1 &&
      texts.length === 1 &&
      inside[0].text.length > 40 &&
      !/\d/.test(inside[0].text)
    )
      break;
    blankRun = 0;
    block.body.push(row);
    block.lastRow = row;
    const outside = texts.find((t) => t.col < h.c1 || t.col > h.c2);
    if (outside) block.notesBeside.push({ row, col: outside.col });
    if (pendingBreak) block.breaks.add(row);
    pendingBreak = false;
  }
}

function newBlock(view: SheetView, header: HeaderBlock): TableBlock {
  return { view, header, body: [], breaks: new Set(), lastRow: header.bottom, notesBeside: [] };
}

function afterHeader(view: SheetView, block: TableBlock): number {
  const h = block.header;
  let row = h.bottom + 1;
  if (row <= view.lastRow && isColumnNumberRow(view, row, h.c1, h.c2)) {
    block.formula = columnFormula(view, row, h.c1, h.c2);
    block.numbers = columnNumbers(view, row, h.c1, h.c2);
    block.lastRow = row;
    row++;
    // "K | Rp" under the column numbers (Permendagri 86 Renja evaluation): still header.
    if (row <= view.lastRow && isUnitsRow(view, row, h.c1, h.c2)) {
      block.header = { ...h, bottom: row, labels: headerLabels(view, h.top, row, h.c1, h.c2, a1) };
      block.lastRow = row;
      row++;
    }
  }
  return row;
}

/** Each column's printed number and stated formula ("14=6 + 12"), by sheet column. */
function columnNumbers(view: SheetView, row: number, c1: number, c2: number): Map<number, string> {
  const out = new Map<number, string>();
  for (let c = c1; c <= c2; c++) {
    const o = owner(view, row, c); // a number merged over a K | Rp pair numbers both
    const t = view.text(o.row, o.col).replace(/^-(\d+)$/, "($1)"); // "(1)" stored as −1
    if (t !== "") out.set(c, t);
  }
  return out;
}

/**
 * Every table of a sheet: Excel Tables first (their range is the table), then header-vocabulary
 * blocks anywhere else, several per sheet.
 * @example findTables(viewSheet(grid)).map((t) => t.header.top) //=> [3, 15]
 */
export function findTables(view: SheetView): TableBlock[] {
  const out: TableBlock[] = [];
  const taken: Box[] = [];
  for (const t of view.grid.tables ?? []) {
    const box = typeof t?.range === "string" ? parseRange(t.range) : null;
    if (!box || box.r1 < view.firstRow || box.r1 > view.lastRow) continue;
    const header: HeaderBlock = {
      top: box.r1,
      bottom: box.r1,
      c1: box.c1,
      c2: box.c2,
      labels: headerLabels(view, box.r1, box.r1, box.c1, box.c2, a1),
    };
    const block = newBlock(view, header);
    block.excelTable = String(t.name ?? "");
    const stop = Math.min(box.r2, view.lastRow);
    for (let r = afterHeader(view, block); r <= stop; r++)
      if (!isBlank(view, r, box.c1, box.c2)) block.body.push(r);
    block.lastRow = Math.max(block.lastRow, stop);
    block.title = titleAbove(view, box.r1, view.firstRow - 1);
    taken.push(box);
    out.push(block);
  }
  const inTaken = (r: number): boolean => taken.some((b) => r >= b.r1 && r <= b.r2);
  let minRow = view.firstRow - 1;
  for (let row = view.firstRow; row <= view.lastRow; row++) {
    if (inTaken(row) || row <= minRow) continue;
    if (!isHeaderRow(view, row) && !isLooseHeaderRow(view, row) && !isAccountHeaderRow(view, row)) continue;
    const block = newBlock(view, headerAt(view, row));
    if (block.header.top <= minRow) continue;
    let stop = view.lastRow;
    for (const b of taken) if (b.r1 > row && b.r1 - 1 < stop) stop = b.r1 - 1;
    scanBody(view, block, afterHeader(view, block), stop);
    block.title = titleAbove(view, block.header.top, minRow);
    out.push(block);
    minRow = block.lastRow + (block.sumber !== undefined ? 1 : 0);
    row = Math.max(row, block.lastRow);
  }
  return out;
}

/**
 * The table under a header the user placed by hand (a peta): its rows are found the way an
 * inferred table's are, from the row under the header to the table's end.
 * @example tableAt(view, { top: 6, bottom: 8, c1: 1, c2: 14 }).body[0] //=> 10
 */
export function tableAt(
  view: SheetView,
  box: { top: number; bottom: number; c1: number; c2: number },
): TableBlock {
  const header: HeaderBlock = {
    top: box.top,
    bottom: box.bottom,
    c1: box.c1,
    c2: box.c2,
    labels: headerLabels(view, box.top, box.bottom, box.c1, box.c2, a1),
  };
  const block = newBlock(view, header);
  scanBody(view, block, afterHeader(view, block), view.lastRow);
  block.title = titleAbove(view, box.top, view.firstRow - 1);
  return block;
}
