import type { Worksheet } from "exceljs";
import type { SheetSpec } from "../../engine/model/sheet-spec";
import { parseRange } from "../a1";
import { composeStyle, stylePatch, type CellStyleModel, type StylePatch } from "./style";

/*
 * Every styled cell gets ONE style object shared with every other cell of the same final style.
 * ExcelJS recognises a style object it has seen (a WeakMap at save time), so 100 000 bordered cells
 * cost a handful of styles instead of 100 000 objects to build, hash and collect. A shared object must
 * never be mutated afterwards: styles are therefore applied last, in one pass.
 *
 * Per cell we keep two small integers in typed arrays: the last number format that covers it, and a
 * "recipe" id standing for the ordered list of formats applied to it (a trie over format indices).
 */

/** Applies the spec's number formats and formats to the worksheet, sharing one style object per distinct style. */
export function applyCellStyles(ws: Worksheet, spec: SheetSpec): void {
  const boxes = {
    fmt: spec.numberFormats.map((f) => parseRange(f.range)),
    style: spec.formats.map((f) => parseRange(f.range)),
  };
  const all = [...boxes.fmt, ...boxes.style];
  if (all.length === 0) return;
  const rows = Math.max(...all.map((b) => b.bottom));
  const cols = Math.max(...all.map((b) => b.right));
  const at = (r: number, c: number) => (r - 1) * cols + (c - 1);

  const fmtOf = new Int32Array(rows * cols).fill(-1);
  boxes.fmt.forEach((b, i) => eachCell(b, (r, c) => (fmtOf[at(r, c)] = i)));

  const recipeOf = new Int32Array(rows * cols); // 0 = no format
  const trie = new Map<number, number>(); // recipe × (formats + 1) + format → next recipe
  const recipes: number[][] = [[]];
  const width = spec.formats.length + 1;
  boxes.style.forEach((b, i) =>
    eachCell(b, (r, c) => {
      const cell = at(r, c);
      const key = recipeOf[cell] * width + i;
      let next = trie.get(key);
      if (next === undefined) {
        next = recipes.push([...recipes[recipeOf[cell]], i]) - 1;
        trie.set(key, next);
      }
      recipeOf[cell] = next;
    }),
  );

  const styleOf = sharedStyles(spec, recipes);
  for (let r = 1; r <= rows; r++) {
    const wsRow = ws.getRow(r);
    for (let c = 1; c <= cols; c++) {
      const cell = at(r, c);
      if (fmtOf[cell] < 0 && recipeOf[cell] === 0) continue;
      wsRow.getCell(c).style = styleOf(fmtOf[cell], recipeOf[cell]) as never;
    }
  }
}

/** One style object per distinct final style; recipes that end up identical share it too. */
function sharedStyles(spec: SheetSpec, recipes: number[][]): (fmt: number, recipe: number) => CellStyleModel {
  const patches: StylePatch[] = spec.formats.map((f) => stylePatch(f.style));
  const byRecipe = new Map<number, CellStyleModel>();
  const byContent = new Map<string, CellStyleModel>();
  return (fmt, recipe) => {
    const key = (fmt + 1) * recipes.length + recipe;
    let style = byRecipe.get(key);
    if (!style) {
      const composed = composeStyle(
        fmt >= 0 ? spec.numberFormats[fmt].format : undefined,
        recipes[recipe].map((p) => patches[p]),
      );
      const content = JSON.stringify(composed);
      style = byContent.get(content) ?? composed;
      byContent.set(content, style);
      byRecipe.set(key, style);
    }
    return style;
  };
}

function eachCell(box: ReturnType<typeof parseRange>, fn: (row: number, col: number) => void): void {
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) fn(r, c);
}
