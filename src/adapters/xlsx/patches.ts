import { TAG_PREFIX } from "../tag";
import { patchHyperlinks } from "./patch-hyperlinks";
import { patchIsoDates } from "./patch-iso-dates";
import { patchTableStyle } from "./patch-table-style";
import { patchValidations } from "./patch-validations";

/*
 * Small, idempotent patches to ExcelJS 4.4's XML readers and writers (each checked by a test in
 * test/adapters/xlsx-*.test.ts that reads the written file's XML):
 * 1. Defined names: ExcelJS drops `hidden`; the add-in's tag names must stay out of the user's Name
 *    Manager, so names starting with _SAKIP are written with hidden="1".
 * 2. Internal hyperlinks: read from `location`, written as `location` only (patch-hyperlinks.ts).
 * 3. Tables without a style (LibreOffice) are written back without one (patch-table-style.ts).
 * 4. Data validations are written as non-overlapping ranges (patch-validations.ts, exceljs issue 2820).
 * 5. ISO date cells (t="d") are read as the text of their date, not parseFloat's year (patch-iso-dates.ts).
 */

type XmlStream = {
  openNode(name: string, attrs: Record<string, unknown>): void;
  writeText(text: string): void;
  closeNode(): void;
};
type DefinedNameModel = { name: string; localSheetId?: number; ranges: string[] };
type Renderer<M> = { render(stream: XmlStream, model: M): void; __sakip?: true };

// ExcelJS ships these xforms as CommonJS without types.
const definedName = require("exceljs/lib/xlsx/xform/book/defined-name-xform")
  .prototype as Renderer<DefinedNameModel>;

/** Applies every patch once; later calls do nothing. */
export function patchExcelJs(): void {
  if (!definedName.__sakip) {
    const original = definedName.render;
    definedName.render = function (stream, model) {
      if (!model.name.startsWith(TAG_PREFIX)) return original.call(this, stream, model);
      stream.openNode("definedName", { name: model.name, localSheetId: model.localSheetId, hidden: "1" });
      stream.writeText(model.ranges.join(","));
      stream.closeNode();
    };
    definedName.__sakip = true;
  }
  patchHyperlinks();
  patchTableStyle();
  patchValidations();
  patchIsoDates();
}
