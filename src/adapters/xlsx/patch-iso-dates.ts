/*
 * A cell stored as an ISO 8601 date (`<c t="d"><v>2024-03-01T00:00:00Z</v></c>`, ECMA-376 §18.18.11,
 * written by some tools and by Excel in strict files) is parsed by ExcelJS 4.4 with parseFloat:
 * "2024-03-01…" becomes the number 2024, and a date typed into Realisasi gave capaian 3212 %. Here it
 * is read as the date it is and remembered, so that the reader is handed the text of the date (read.ts):
 * text where a number belongs is NOT_A_NUMBER, not a number nobody typed. It is written back as it came,
 * `t="d"` with its ISO text: the add-in does not change a user's cell, and a serial number in the cell's
 * "#,##0.00" style would read as a number on the next run.
 */

type Patched<T> = T & { __sakip?: true };
type XmlStream = {
  openNode(name: string): void;
  addAttribute(name: string, value: unknown): void;
  leafNode(name: string, attrs: null, text: string): void;
  closeNode(): void;
};
type CellModel = { type?: number; value?: unknown; address?: string; styleId?: number };
type CellParser = {
  t?: string;
  model: CellModel & { formula?: string; shareType?: string };
  parseClose(name: string): boolean;
  render(stream: XmlStream, model: CellModel): void;
};

const cellXform = require("exceljs/lib/xlsx/xform/sheet/cell-xform").prototype as Patched<CellParser>;
const DATE_TYPE = (require("exceljs/lib/doc/enums") as { ValueType: { Date: number } }).ValueType.Date;

/** Dates that came from ISO date cells, by identity (ExcelJS keeps the Date object as the cell's value). */
const isoDates = new WeakSet<Date>();

/**
 * The text of a date read from an ISO date cell ("2024-03-01", or with its time), else null.
 * @example isoDateText(cell.value) //=> "2024-03-01"
 */
export function isoDateText(value: unknown): string | null {
  if (!(value instanceof Date) || !isoDates.has(value)) return null;
  return value.toISOString().replace(/T00:00:00\.000Z$/, "");
}

/** Applies the patch once; later calls do nothing. */
export function patchIsoDates(): void {
  if (cellXform.__sakip) return;
  const parseClose = cellXform.parseClose;
  cellXform.parseClose = function (name) {
    if (name !== "c" || this.t !== "d" || this.model.formula || this.model.shareType)
      return parseClose.call(this, name);
    this.t = "str"; // the stored text, as a string value
    const more = parseClose.call(this, name);
    const date = typeof this.model.value === "string" ? new Date(this.model.value) : null;
    if (date && !Number.isNaN(date.getTime())) {
      isoDates.add(date);
      this.model.type = DATE_TYPE;
      this.model.value = date;
    }
    return more;
  };
  const render = cellXform.render;
  cellXform.render = function (stream, model) {
    if (model.type !== DATE_TYPE || !(model.value instanceof Date) || !isoDates.has(model.value))
      return render.call(this, stream, model);
    stream.openNode("c");
    stream.addAttribute("r", model.address);
    if (model.styleId) stream.addAttribute("s", model.styleId);
    stream.addAttribute("t", "d");
    stream.leafNode("v", null, model.value.toISOString());
    stream.closeNode();
  };
  cellXform.__sakip = true;
}
