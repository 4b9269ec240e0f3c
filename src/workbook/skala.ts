/** A user-defined kriteria scale table: lower bound, (upper bound), label, colour (docs/DOMAIN.md §3). */
import type { ModelCell, SkalaRow } from "../engine/model/types";
import { fieldCell, type TableCtx } from "./table-cells";

// "91 ≤ 100", "$76 \leq 90$", "≤ 50", "< 51": the first number is the lower bound unless the text
// starts with ≤ or <, which marks the bottom band (000 Tabel III.1).
function fromInterval(cell: ModelCell): { min: ModelCell; max?: ModelCell } {
  const nums = [...cell.text.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(",", ".")));
  const bottom = /^[\s$]*(≤|<|\\leq|kurang)/i.test(cell.text);
  const at = (v: number | undefined): ModelCell => ({
    ...cell,
    num: v !== undefined && Number.isFinite(v) ? v : null,
    decimals: v === undefined ? null : 0,
  });
  if (bottom) return { min: at(undefined), max: at(nums[0]) };
  return nums.length >= 2 ? { min: at(nums[0]), max: at(nums[1]) } : { min: at(nums[0]) };
}

/**
 * Rows of a skala table; a row without a label is skipped.
 * @example readSkala(ctx).map((r) => r.min.num) //=> [91, 76, 66, 51, null]
 */
export function readSkala(ctx: TableCtx): SkalaRow[] {
  const out: SkalaRow[] = [];
  for (const row of ctx.block.body) {
    const label = fieldCell(ctx, "kriteriaStated", row);
    if (!label || label.text === "") continue;
    const interval = fieldCell(ctx, "interval", row);
    const parsed = interval && interval.text !== "" ? fromInterval(interval) : undefined;
    const min = fieldCell(ctx, "min", row) ?? parsed?.min;
    if (!min) continue;
    const r: SkalaRow = { min, label };
    const max = fieldCell(ctx, "max", row) ?? parsed?.max;
    if (max) r.max = max;
    const color = fieldCell(ctx, "warna", row);
    if (color) r.color = color;
    out.push(r);
  }
  return out;
}
