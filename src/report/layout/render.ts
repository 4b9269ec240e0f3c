import type { SheetSpec } from "../../engine/model/sheet-spec";
import { addLine, addRow, type Canvas, newCanvas } from "./canvas";
import { writeBody } from "./body";
import { writeHeader } from "./header";
import { fitNumbers } from "./fit-numbers";
import { rowHeights } from "./heights";
import { styleGrid } from "./style-grid";
import { STYLE } from "./styles";
import type { SheetPlan, TablePart } from "./types";

const PROBLEM_NOTICE =
  "Sel berisi #DIV/0!, #VALUE! atau #N/A tidak dapat dihitung dari data masukan; alasannya tertulis pada catatan sel.";

/**
 * Lays out a sheet plan: title block (table name, agency), then each table with its header,
 * column-number row, data, "Sumber : …" and footer lines; frozen and repeated header rows; A4
 * landscape at fit-to-width with explicit column widths, widened where a number needs it, and row
 * heights that show wrapped text (WORKBOOK.md §3).
 */
export function renderSheet(plan: SheetPlan): SheetSpec {
  const canvas = newCanvas(plan.widths.length);
  addLine(canvas, plan.title, STYLE.title);
  addLine(canvas, plan.instansi || null, STYLE.subtitle);
  addRow(canvas, []);
  let header: { first: number; last: number } | undefined;
  const empty = plan.parts.every((p) => p.rows.length === 0);
  const parts = empty && plan.emptyMessage ? [] : plan.parts;
  if (parts.length === 0 && plan.emptyMessage) addLine(canvas, plan.emptyMessage, STYLE.note);
  // A header repeated on every page must be the header of the rows below it: only a sheet of one
  // table repeats (and freezes) it; on Perjanjian Kinerja table A's header would stand above table B.
  const repeat = plan.headerRows !== "none" && parts.length === 1;
  const pageBreaks: number[] = [];
  parts.forEach((part, i) => {
    if (i > 0) addRow(canvas, []);
    if (i > 0 && part.newPage) pageBreaks.push(canvas.rows.length + 1);
    const h = writePart(canvas, part);
    if (repeat) header ??= h;
  });
  const styles = styleGrid(canvas);
  const widths = fitNumbers(canvas, plan.widths, styles);
  const spec: SheetSpec = {
    key: plan.key,
    name: plan.name,
    role: "report",
    blocks: [{ at: "A1", rows: canvas.rows }],
    numberFormats: canvas.numberFormats,
    formats: canvas.formats,
    merges: canvas.merges,
    columnWidths: widths,
    rowHeights: rowHeights(canvas, widths, styles),
    freeze: { rows: header?.last ?? 2 },
    print: { orientation: "landscape", fitToWidth: true, paperSize: "A4" },
  };
  if (header && spec.print) spec.print.repeatRows = { first: header.first, last: header.last };
  if (pageBreaks.length > 0) spec.pageBreaks = pageBreaks;
  if (canvas.dataBars.length > 0) spec.dataBars = canvas.dataBars;
  if (canvas.notes.length > 0) spec.notes = canvas.notes;
  return spec;
}

function writePart(canvas: Canvas, part: TablePart): { first: number; last: number } {
  if (part.caption) addLine(canvas, part.caption, STYLE.caption);
  const header = writeHeader(canvas, part.columns, part.numbered ?? true);
  const notesBefore = canvas.notes.length;
  writeBody(canvas, part);
  if (part.sumber) addLine(canvas, `Sumber : ${part.sumber}`, STYLE.sumber);
  for (const line of part.footer ?? []) addLine(canvas, line, STYLE.note);
  if (canvas.notes.length > notesBefore) addLine(canvas, PROBLEM_NOTICE, STYLE.note);
  return header;
}
