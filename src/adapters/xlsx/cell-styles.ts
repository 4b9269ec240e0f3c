import type { Worksheet } from "exceljs";
import type { SheetSpec } from "../../engine/model/sheet-spec";
import { parseRange } from "../a1";
import { composeStyle, stylePatch, type CellStyleModel, type StylePatch } from "./style";

/*
 * Every styled cell gets ONE style object shared with every other cell that has the same number format and
 * patches. ExcelJS recognises a style object it has seen (a WeakMap at save time), so 100 000 bordered
 * cells cost a handful of styles instead of 100 000 objects to build, hash and collect. A shared object
 * must never be mutated afterwards: styles are therefore applied last, in one pass.
 */

type Recipe = { fmt: number; patches: number[] };

/** Applies the spec's number formats and formats to the worksheet, sharing one style object per distinct recipe. */
export function applyCellStyles(ws: Worksheet, spec: SheetSpec): void {
  const recipes = new Map<number, Map<number, Recipe>>(); // row → column → recipe
  const at = (r: number, c: number): Recipe => {
    let row = recipes.get(r);
    if (!row) recipes.set(r, (row = new Map()));
    let recipe = row.get(c);
    if (!recipe) row.set(c, (recipe = { fmt: -1, patches: [] }));
    return recipe;
  };
  spec.numberFormats.forEach(({ range }, i) => eachAddress(range, (r, c) => (at(r, c).fmt = i)));
  const patches: StylePatch[] = spec.formats.map((f) => stylePatch(f.style));
  spec.formats.forEach(({ range }, i) => eachAddress(range, (r, c) => at(r, c).patches.push(i)));

  const shared = new Map<string, CellStyleModel>();
  for (const [r, row] of recipes) {
    const wsRow = ws.getRow(r);
    for (const [c, recipe] of row) {
      const key = `${recipe.fmt}|${recipe.patches.join(",")}`;
      let style = shared.get(key);
      if (!style) {
        const fmt = recipe.fmt >= 0 ? spec.numberFormats[recipe.fmt].format : undefined;
        style = composeStyle(
          fmt,
          recipe.patches.map((p) => patches[p]),
        );
        shared.set(key, style);
      }
      wsRow.getCell(c).style = style as never;
    }
  }
}

function eachAddress(range: string, fn: (row: number, col: number) => void): void {
  const box = parseRange(range);
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) fn(r, c);
}
