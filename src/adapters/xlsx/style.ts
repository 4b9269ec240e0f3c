import type { Alignment, Borders, Cell, Fill, Font } from "exceljs";
import type { CellStyle, Color } from "../../engine/model/sheet-spec";

/** "#RRGGBB" → ExcelJS ARGB ("FFRRGGBB"). */
export function argb(color: Color): { argb: string } {
  return { argb: `FF${color.replace(/^#/, "").toUpperCase()}` };
}

const THIN = { style: "thin" } as const;
const V_ALIGN = { top: "top", middle: "middle", bottom: "bottom" } as const;

/** The style pieces a CellStyle sets; built once per format entry, merged into each cell of its range. */
export type StylePatch = {
  font?: Partial<Font>;
  fill?: Fill;
  alignment?: Partial<Alignment>;
  border?: Partial<Borders>;
};

/** Translates a SheetSpec style into ExcelJS style pieces. */
export function stylePatch(style: CellStyle): StylePatch {
  const font: Partial<Font> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor) font.color = argb(style.fontColor);
  const alignment: Partial<Alignment> = {};
  if (style.hAlign) alignment.horizontal = style.hAlign;
  if (style.vAlign) alignment.vertical = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  const patch: StylePatch = {};
  if (Object.keys(font).length) patch.font = font;
  if (Object.keys(alignment).length) patch.alignment = alignment;
  if (style.fill) patch.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill) };
  if (style.border === "thin") patch.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return patch;
}

const BASE_FONT: Partial<Font> = { name: "Calibri", family: 2, size: 11 };

/** A whole cell style as ExcelJS keeps it. */
export type CellStyleModel = Partial<Cell["style"]>;

/** Style of a cell after its number format and its patches in order; later patches win property by property. */
export function composeStyle(numFmt: string | undefined, patches: StylePatch[]): CellStyleModel {
  const style: CellStyleModel = {};
  if (numFmt !== undefined) style.numFmt = numFmt;
  for (const patch of patches) {
    // A font entry without a name falls back to a serif face in LibreOffice and widens bold text: name it.
    if (patch.font) style.font = { ...BASE_FONT, ...style.font, ...patch.font } as Font;
    if (patch.alignment) style.alignment = { ...style.alignment, ...patch.alignment } as Alignment;
    if (patch.fill) style.fill = patch.fill;
    if (patch.border) style.border = patch.border as Borders;
  }
  return style;
}
