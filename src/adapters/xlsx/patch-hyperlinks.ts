/*
 * Internal hyperlinks (a jump to a cell of the workbook) through ExcelJS 4.4, both ways:
 * - reading: Excel stores them as `<hyperlink ref location>` without a relationship; ExcelJS maps only
 *   relationship targets onto cells, so a user's internal links vanished on regenerate. They are read
 *   as "#location", the form ExcelJS uses for them in a cell value.
 * - writing: ExcelJS writes "#'Sheet'!A1" both as `location` and as an External relationship; Excel
 *   expects `location` alone (without "#"), and the relationship stays behind unused (55 of them on
 *   Pemeriksaan). Internal links are written as `location` only, without a relationship.
 */

type XmlStream = { leafNode(name: string, attrs: Record<string, unknown>): void };
type HyperlinkModel = { address: string; target?: string; tooltip?: string; rId?: string };
type Relationship = { Id: string; Type: string; Target: string; TargetMode?: string };
type CellModel = { address: string; type?: number; formula?: string };
type SheetModel = {
  hyperlinks?: HyperlinkModel[];
  relationships?: Relationship[];
  rels?: Relationship[];
  rows?: ({ cells?: (CellModel | undefined)[] } | undefined)[];
};
type Patched<T> = T & { __sakip?: true };

// ExcelJS ships these xforms as CommonJS without types.
const hyperlinkXform = require("exceljs/lib/xlsx/xform/sheet/hyperlink-xform").prototype as Patched<{
  render(stream: XmlStream, model: HyperlinkModel): void;
}>;
const worksheetXform = require("exceljs/lib/xlsx/xform/sheet/worksheet-xform").prototype as Patched<{
  prepare(model: SheetModel, options: unknown): void;
  reconcile(model: SheetModel, options: unknown): void;
}>;
const HYPERLINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
const LOCATION_REL_ID = "__sakip_location_";
const STRING_TYPE = (require("exceljs/lib/doc/enums") as { ValueType: { String: number } }).ValueType.String;

/**
 * Cells that can carry a link without changing: ExcelJS turns a linked cell into text, so a number would
 * become the text "123" and a formula would lose its formula. Links on those stay lost, as before.
 */
function textCells(model: SheetModel): Set<string> {
  const out = new Set<string>();
  for (const row of model.rows ?? [])
    for (const cell of row?.cells ?? [])
      if (cell?.type === STRING_TYPE && !cell.formula) out.add(cell.address);
  return out;
}

/** Applies the reading and the writing half once; later calls do nothing. */
export function patchHyperlinks(): void {
  if (hyperlinkXform.__sakip) return;
  const render = hyperlinkXform.render;
  hyperlinkXform.render = function (stream, model) {
    if (!model.target?.startsWith("#")) return render.call(this, stream, model);
    stream.leafNode("hyperlink", {
      ref: model.address,
      location: model.target.slice(1),
      tooltip: model.tooltip,
    });
  };
  const prepare = worksheetXform.prepare;
  worksheetXform.prepare = function (model, options) {
    prepare.call(this, model, options);
    const internal = new Set(
      (model.hyperlinks ?? []).filter((h) => h.target?.startsWith("#")).map((h) => h.rId),
    );
    // Removing relationships leaves gaps in the rIds of the others, which stay unique (all OOXML asks).
    model.rels = model.rels?.filter((r) => r.Type !== HYPERLINK_REL || !internal.has(r.Id));
  };
  const reconcile = worksheetXform.reconcile;
  worksheetXform.reconcile = function (model, options) {
    // A location-only link gets a stand-in relationship so that ExcelJS puts it on its cell.
    const relationships = [...(model.relationships ?? [])];
    const known = new Set(relationships.map((r) => r.Id));
    const texts = textCells(model);
    (model.hyperlinks ?? []).forEach((h, i) => {
      // A link whose relationship is missing would crash ExcelJS; it keeps its location, if any.
      if (h.rId && !known.has(h.rId)) delete h.rId;
      if (h.rId || !h.target || !texts.has(h.address)) return;
      h.rId = `${LOCATION_REL_ID}${i}`;
      relationships.push({ Id: h.rId, Type: HYPERLINK_REL, Target: `#${h.target}` });
    });
    model.relationships = relationships;
    reconcile.call(this, model, options);
  };
  hyperlinkXform.__sakip = true;
}
