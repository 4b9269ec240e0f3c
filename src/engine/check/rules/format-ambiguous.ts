import { formatNumber } from "../../numbers";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";
import { rowCells } from "../cells";

/**
 * FORMAT_AMBIGUOUS: "70.95" or "1,234" in an Indonesian table (docs/DOMAIN.md §9, 004 Tabel 3.2 E8): read one way, warned.
 * @example formatAmbiguous(model, evals, ctx)[0].message //=> "\"70.95\" memakai pemisah yang ambigu di tabel berformat Indonesia; dibaca sebagai 70,95"
 */
export const formatAmbiguous: Rule = (model) => {
  const out: Finding[] = [];
  for (const row of [...model.indikator, ...model.anggaran]) {
    for (const { cell } of rowCells(row)) {
      if (cell.issue !== "FORMAT_AMBIGUOUS") continue;
      const read =
        cell.num === null ? "tidak terbaca" : `dibaca sebagai ${formatNumber(cell.num, cell.decimals ?? 2)}`;
      out.push(
        makeFinding(
          "FORMAT_AMBIGUOUS",
          "warning",
          cell,
          `"${cell.text.trim()}" memakai pemisah yang ambigu di tabel berformat Indonesia; ${read} (tulis dengan koma desimal)`,
          cell.text.trim(),
          cell.num,
        ),
      );
    }
  }
  return out;
};
