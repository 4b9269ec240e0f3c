/*
 * A table without `<tableStyleInfo>` (LibreOffice Calc saves tables so; the element is optional in
 * ECMA-376 CT_Table) is read by ExcelJS 4.4 with style null, and writing it then fails with
 * "Cannot read properties of null (reading 'theme')". Such a table is written back as it came: without
 * the element.
 */

type Patched<T> = T & { __sakip?: true };

const tableStyleInfo = require("exceljs/lib/xlsx/xform/table/table-style-info-xform").prototype as Patched<{
  render(stream: unknown, model: unknown): boolean;
}>;

/** Applies the patch once; later calls do nothing. */
export function patchTableStyle(): void {
  if (tableStyleInfo.__sakip) return;
  const render = tableStyleInfo.render;
  tableStyleInfo.render = function (stream, model) {
    return model ? render.call(this, stream, model) : false;
  };
  tableStyleInfo.__sakip = true;
}
