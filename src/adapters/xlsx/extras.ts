import type { ConditionalFormattingRule, DataValidation, Worksheet } from "exceljs";
import type { HeaderFooter, SheetSpec } from "../../engine/model/sheet-spec";
import { cellAddress, parseRange } from "../a1";
import { argb } from "./style";

/** A4 in the OOXML paperSize enumeration. */
const PAPER_A4 = 9;

function writeView(ws: Worksheet, spec: SheetSpec): void {
  if (!spec.freeze) return;
  const { rows, columns = 0 } = spec.freeze;
  ws.views = [
    { state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: cellAddress(rows + 1, columns + 1) },
  ];
}

function writePrint(ws: Worksheet, spec: SheetSpec): void {
  // ExcelJS puts a break after a row: a page that starts at row r breaks after row r − 1.
  for (const row of spec.pageBreaks ?? []) if (row > 1) ws.getRow(row - 1).addPageBreak();
  if (!spec.print) return;
  const { orientation, fitToWidth, repeatRows, scale, margins, header, footer } = spec.print;
  const fit = fitToWidth && scale === undefined;
  Object.assign(ws.pageSetup, { paperSize: PAPER_A4, orientation, fitToPage: fit });
  // fitToHeight 0 = as many pages tall as needed: fit to width only.
  if (fit) Object.assign(ws.pageSetup, { fitToWidth: 1, fitToHeight: 0 });
  if (scale !== undefined) ws.pageSetup.scale = scale;
  if (margins) ws.pageSetup.margins = { ...margins };
  if (repeatRows) ws.pageSetup.printTitlesRow = `${repeatRows.first}:${repeatRows.last}`;
  if (header) ws.headerFooter.oddHeader = sections(header);
  if (footer) ws.headerFooter.oddFooter = sections(footer);
}

/** "&L…&C…&R…": the OOXML form of a header or footer (its codes, &P and &N, pass through). */
function sections(hf: HeaderFooter): string {
  return [
    ["&L", hf.left],
    ["&C", hf.center],
    ["&R", hf.right],
  ]
    .filter(([, text]) => text)
    .map(([code, text]) => `${code}${text}`)
    .join("");
}

/** Cell notes: why a cell shows "–" (the engine's message), as a note Excel shows on hover and can print. */
function writeNotes(ws: Worksheet, spec: SheetSpec): void {
  for (const n of spec.notes ?? []) ws.getCell(n.cell).note = n.text;
}

/** Excel Table over cells already written: header names from the first row, data from the rest. */
function writeTables(ws: Worksheet, spec: SheetSpec): void {
  for (const t of spec.tables ?? []) {
    const box = parseRange(t.range);
    const columns = [];
    for (let c = box.left; c <= box.right; c++)
      columns.push({ name: String(ws.getCell(box.top, c).text), filterButton: true });
    const rows = [];
    for (let r = box.top + 1; r <= box.bottom; r++) {
      const row = [];
      for (let c = box.left; c <= box.right; c++) row.push(ws.getCell(r, c).value);
      rows.push(row);
    }
    ws.addTable({
      name: t.name,
      ref: cellAddress(box.top, box.left),
      headerRow: true,
      style: { theme: (t.style ?? "TableStyleMedium2") as "TableStyleMedium2", showRowStripes: true },
      columns,
      rows: rows.length ? rows : [columns.map(() => null)],
    });
  }
}

/** List literal for a validation: quotes doubled, items joined by ","; an item must not contain ",". */
function listFormula(items: string[]): string {
  return `"${items.map((i) => i.replace(/"/g, '""')).join(",")}"`;
}

// ExcelJS keeps validations by address and writes a range key as one sqref; its typings omit the collection.
type RangeValidations = { dataValidations: { add(address: string, validation: DataValidation): void } };

function writeValidations(ws: Worksheet, spec: SheetSpec): void {
  for (const v of spec.validations ?? []) {
    // One entry for the whole range (written as one sqref), not one per cell: 5 000-row tables stay light.
    const validation = {
      type: "list" as const,
      allowBlank: true,
      showErrorMessage: true,
      formulae: [listFormula(v.list)],
    };
    (ws as unknown as RangeValidations).dataValidations.add(v.range, validation);
  }
}

function writeDataBars(ws: Worksheet, spec: SheetSpec): void {
  (spec.dataBars ?? []).forEach((bar, i) => {
    const rule = {
      type: "dataBar",
      priority: i + 1,
      // From 0, not from the lowest value: the lowest capaian must still show its bar (a 0–max scale).
      cfvo: [{ type: "num", value: 0 }, { type: "max" }],
      color: argb(bar.color),
    };
    ws.addConditionalFormatting({ ref: bar.range, rules: [rule as ConditionalFormattingRule] });
  });
}

/** Freeze panes, print setup (zoom, margins, running header/footer), tables, validations, data bars and notes of a sheet. */
export function writeExtras(ws: Worksheet, spec: SheetSpec): void {
  writeView(ws, spec);
  writePrint(ws, spec);
  writeTables(ws, spec);
  writeValidations(ws, spec);
  writeDataBars(ws, spec);
  writeNotes(ws, spec);
}
