import type { SheetSpec } from "../../engine/model/sheet-spec";
import { cellAddress } from "../a1";
import type { Batch } from "./batch";

/** Freeze panes, print setup (A4, fit to one page wide), tables, drop-down lists, data bars, tab colour. */
export async function writeExtras(batch: Batch, ws: Excel.Worksheet, spec: SheetSpec): Promise<void> {
  await batch.room(1000);
  if (spec.freeze) {
    const { rows, columns = 0 } = spec.freeze;
    if (rows && columns) ws.freezePanes.freezeAt(`A1:${cellAddress(rows, columns)}`);
    else if (rows) ws.freezePanes.freezeRows(rows);
    else if (columns) ws.freezePanes.freezeColumns(columns);
  }
  if (spec.print) {
    const { orientation, fitToWidth, repeatRows } = spec.print;
    ws.pageLayout.paperSize = "A4";
    ws.pageLayout.orientation = orientation === "landscape" ? "Landscape" : "Portrait";
    // 0 pages tall = as many as needed: fit to width only, as ExcelJS's fitToHeight 0.
    if (fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (repeatRows) ws.pageLayout.setPrintTitleRows(`$${repeatRows.first}:$${repeatRows.last}`);
  }
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
}
