import type { SheetSpec } from "../../engine/model/sheet-spec";
import { cellAddress } from "../a1";
import type { Batch } from "./batch";

/** Freeze panes, print setup (A4, zoom or fit to width, margins, running header/footer), tables, lists, data bars, tab colour, notes. */
export async function writeExtras(batch: Batch, ws: Excel.Worksheet, spec: SheetSpec): Promise<void> {
  await batch.room(1000);
  if (spec.freeze) {
    const { rows, columns = 0 } = spec.freeze;
    if (rows && columns) ws.freezePanes.freezeAt(`A1:${cellAddress(rows, columns)}`);
    else if (rows) ws.freezePanes.freezeRows(rows);
    else if (columns) ws.freezePanes.freezeColumns(columns);
  }
  if (spec.print) writePrint(ws, spec.print);
  // A break is inserted above the given cell: the page starts at that row.
  for (const row of spec.pageBreaks ?? []) if (row > 1) ws.horizontalPageBreaks.add(`A${row}`);
  for (const t of spec.tables ?? []) {
    const table = ws.tables.add(t.range, true);
    table.name = t.name;
    table.style = t.style ?? "TableStyleMedium2";
  }
  for (const v of spec.validations ?? []) {
    await batch.room(v.list.join(",").length);
    ws.getRange(v.range).dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
  }
  for (const bar of spec.dataBars ?? []) {
    const format = ws.getRange(bar.range).conditionalFormats.add("DataBar");
    format.dataBar.positiveFormat.fillColor = bar.color;
    // From 0, as the xlsx writer: the lowest capaian must still show its bar.
    format.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
  }
  if (spec.tabColor) ws.tabColor = spec.tabColor;
  // Why a cell shows "–": a comment on the cell (ExcelApi 1.10), as the xlsx writer's note.
  for (const n of spec.notes ?? []) {
    await batch.room(n.text.length + 50);
    ws.comments.add(n.cell, n.text);
  }
}

const POINTS_PER_INCH = 72;

// Inches to points, to the hundredth (0,3 × 72 is 21,599999… in binary).
function points(inches: number): number {
  return Math.round(inches * POINTS_PER_INCH * 100) / 100;
}

function writePrint(ws: Excel.Worksheet, print: NonNullable<SheetSpec["print"]>): void {
  const { orientation, fitToWidth, repeatRows, scale, margins, header, footer } = print;
  ws.pageLayout.paperSize = "A4";
  ws.pageLayout.orientation = orientation === "landscape" ? "Landscape" : "Portrait";
  // A zoom keeps manual page breaks; else 0 pages tall = as many as needed: fit to width only, as ExcelJS's fitToHeight 0.
  if (scale !== undefined) ws.pageLayout.zoom = { scale };
  else if (fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (margins) {
    ws.pageLayout.leftMargin = points(margins.left);
    ws.pageLayout.rightMargin = points(margins.right);
    ws.pageLayout.topMargin = points(margins.top);
    ws.pageLayout.bottomMargin = points(margins.bottom);
    ws.pageLayout.headerMargin = points(margins.header);
    ws.pageLayout.footerMargin = points(margins.footer);
  }
  if (repeatRows) ws.pageLayout.setPrintTitleRows(`$${repeatRows.first}:$${repeatRows.last}`);
  if (header || footer) {
    const all = ws.pageLayout.headersFooters.defaultForAllPages;
    if (header?.left) all.leftHeader = header.left;
    if (header?.center) all.centerHeader = header.center;
    if (header?.right) all.rightHeader = header.right;
    if (footer?.left) all.leftFooter = footer.left;
    if (footer?.center) all.centerFooter = footer.center;
    if (footer?.right) all.rightFooter = footer.right;
  }
}
