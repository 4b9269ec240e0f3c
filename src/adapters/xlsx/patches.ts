import { TAG_PREFIX } from "../tag";

/*
 * Two small, idempotent patches to ExcelJS 4.4's XML writers (checked by test/adapters/xlsx-*.test.ts):
 * 1. ExcelJS drops the `hidden` attribute of defined names; the add-in's tag names must stay out of
 *    the user's Name Manager, so names starting with _SAKIP are written with hidden="1".
 * 2. ExcelJS writes an internal hyperlink ("#'Sheet'!A1") both as `location` and as an External
 *    relationship; Excel expects `location` alone (without "#") for a jump inside the workbook.
 */

type XmlStream = {
  openNode(name: string, attrs: Record<string, unknown>): void;
  writeText(text: string): void;
  closeNode(): void;
  leafNode(name: string, attrs: Record<string, unknown>): void;
};
type DefinedNameModel = { name: string; localSheetId?: number; ranges: string[] };
type HyperlinkModel = { address: string; target?: string; tooltip?: string; rId?: string };
type Renderer<M> = { render(stream: XmlStream, model: M): void; __sakip?: true };

// ExcelJS ships these xforms as CommonJS without types.
const definedName = require("exceljs/lib/xlsx/xform/book/defined-name-xform")
  .prototype as Renderer<DefinedNameModel>;
const hyperlink = require("exceljs/lib/xlsx/xform/sheet/hyperlink-xform")
  .prototype as Renderer<HyperlinkModel>;

/** Applies both patches once; later calls do nothing. */
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
  if (!hyperlink.__sakip) {
    const original = hyperlink.render;
    hyperlink.render = function (stream, model) {
      if (!model.target?.startsWith("#")) return original.call(this, stream, model);
      stream.leafNode("hyperlink", {
        ref: model.address,
        location: model.target.slice(1),
        tooltip: model.tooltip,
      });
    };
    hyperlink.__sakip = true;
  }
}
