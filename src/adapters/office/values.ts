import type { CellInput, SheetSpec } from "../../engine/model/sheet-spec";
import { cellAddress, parseRange, quoteSheet, type Box } from "../a1";
import { fileLinkAddress } from "../link";
import type { Batch } from "./batch";
import { chunkRows, mustStayText, rowBytes } from "./payload";

/*
 * Blocks: number formats go first (the spec's, then "@" on texts Excel would reinterpret), then each
 * block as ONE 2-D assignment (`formulas` when it holds a formula, else `values`), then hyperlinks.
 * A block over the payload budget is written in row chunks, one request each.
 */

type Cell = string | number | boolean | null;

function fill<T>(box: Box, value: T): T[][] {
  const row = new Array<T>(box.right - box.left + 1).fill(value);
  return Array.from({ length: box.bottom - box.top + 1 }, () => row.slice());
}

/** Writes a 2-D array property over a box, chunked by rows to fit the budget. */
async function assign(
  batch: Batch,
  ws: Excel.Worksheet,
  box: Box,
  prop: "values" | "formulas" | "numberFormat",
  rows: Cell[][],
): Promise<void> {
  for (const chunk of chunkRows(rows, batch.budget)) {
    await batch.room(chunk.rows.reduce((n, r) => n + rowBytes(r), 0));
    const range = ws.getRangeByIndexes(
      box.top - 1 + chunk.start,
      box.left - 1,
      chunk.rows.length,
      box.right - box.left + 1,
    );
    range[prop] = chunk.rows;
  }
}

function effectiveFormat(spec: SheetSpec, boxes: Box[], row: number, col: number): string {
  for (let i = boxes.length - 1; i >= 0; i--) {
    const b = boxes[i];
    if (row >= b.top && row <= b.bottom && col >= b.left && col <= b.right)
      return spec.numberFormats[i].format;
  }
  return "General";
}

function plain(input: CellInput): Cell {
  if (input === null || typeof input !== "object") return input;
  if ("formula" in input) return input.formula.startsWith("=") ? input.formula : `=${input.formula}`;
  return input.text;
}

async function writeBlock(
  batch: Batch,
  ws: Excel.Worksheet,
  spec: SheetSpec,
  boxes: Box[],
  block: SheetSpec["blocks"][number],
): Promise<void> {
  const { top, left } = parseRange(block.at);
  const width = Math.max(0, ...block.rows.map((r) => r.length));
  if (!block.rows.length || !width) return;
  const box: Box = { top, left, bottom: top + block.rows.length - 1, right: left + width - 1 };
  const cells = block.rows.map((r) => Array.from({ length: width }, (_, j) => plain(r[j] ?? null)));
  const protect = block.rows.some((r) => r.some((c) => typeof c === "string" && mustStayText(c)));
  if (protect) {
    const formats = block.rows.map((r, i) =>
      Array.from({ length: width }, (_, j) =>
        typeof r[j] === "string" && mustStayText(r[j] as string)
          ? "@"
          : effectiveFormat(spec, boxes, top + i, left + j),
      ),
    );
    await assign(batch, ws, box, "numberFormat", formats);
  }
  const hasFormula = block.rows.some((r) =>
    r.some((c) => c !== null && typeof c === "object" && "formula" in c),
  );
  await assign(batch, ws, box, hasFormula ? "formulas" : "values", cells);
  for (let i = 0; i < block.rows.length; i++)
    for (let j = 0; j < width; j++) {
      const c = block.rows[i][j];
      if (c === null || typeof c !== "object" || !("link" in c)) continue;
      await batch.room(c.text.length + c.link.sheet.length);
      const reference = `${quoteSheet(c.link.sheet)}!${c.link.cell}`;
      ws.getRange(cellAddress(top + i, left + j)).hyperlink = c.link.file
        ? { address: fileLinkAddress(c.link.file, c.link.sheet, c.link.cell), textToDisplay: c.text }
        : { documentReference: reference, textToDisplay: c.text };
    }
}

/** Number formats, then values/formulas, then hyperlinks of every block of a sheet. */
export async function writeValues(batch: Batch, ws: Excel.Worksheet, spec: SheetSpec): Promise<void> {
  const boxes = spec.numberFormats.map((f) => parseRange(f.range));
  for (let i = 0; i < boxes.length; i++)
    await assign(batch, ws, boxes[i], "numberFormat", fill(boxes[i], spec.numberFormats[i].format));
  for (const block of spec.blocks) await writeBlock(batch, ws, spec, boxes, block);
}
