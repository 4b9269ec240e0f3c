/*
 * A cell stored as an ISO 8601 date (`<c t="d"><v>2024-03-01T00:00:00Z</v></c>`, ECMA-376 §18.18.11,
 * written by some tools and by Excel in strict files) is parsed by ExcelJS 4.4 with parseFloat:
 * "2024-03-01…" becomes the number 2024, and a date typed into Realisasi gave capaian 3212 %. Here it
 * is read as the date it is (saved back as Excel itself would: a serial number in the cell's style),
 * and remembered, so that the reader is handed the text of the date (read.ts): text where a number
 * belongs is NOT_A_NUMBER, not a number nobody typed.
 */

type Patched<T> = T & { __sakip?: true };
type CellParser = {
  t?: string;
  model: { type?: number; value?: unknown; formula?: string; shareType?: string };
  parseClose(name: string): boolean;
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
  cellXform.__sakip = true;
}
