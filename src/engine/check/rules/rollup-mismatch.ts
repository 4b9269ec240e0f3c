import { formatNumber } from "../../numbers";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";
import { agreeCell } from "../stated";
import { childrenOf, FIELD_LABEL, leafSum, sumField, type MoneyField } from "../children";

const FIELDS: MoneyField[] = ["paguSebelum", "pagu", "realisasi"];

/**
 * ROLLUP_MISMATCH: a parent's pagu/realisasi is not Σ of its direct children as stated (docs/DOMAIN.md §5); a wrong
 * kegiatan is reported once, not again at its program (which may agree with the sums of the leaves instead).
 * @example rollupMismatch(model, evals, ctx)[0].message //=> "Realisasi tertulis 917.506.900 tetapi jumlah 7 baris di bawahnya = 889.556.900 (selisih 27.950.000)"
 */
export const rollupMismatch: Rule = (model, evals) => {
  const out: Finding[] = [];
  const children = childrenOf(model);
  for (const [parent, kids] of children) {
    const row = model.anggaran[parent];
    if (!row || row.rowKind !== "data") continue;
    const rows = kids.map((k) => model.anggaran[k]);
    for (const field of FIELDS) {
      const cell = row[field];
      const sum = sumField(rows, field);
      if (!cell || cell.num === null || sum === null || !Number.isFinite(cell.num - sum)) continue;
      if (agreeCell(cell, sum) !== "wrong") continue;
      // A wrong kegiatan is its own finding: the program still agrees with the sums of the leaves below it.
      const deep =
        field === "paguSebelum"
          ? leafSum(model, children, parent, field)
          : evals.anggaran[parent]?.computed?.[field];
      if (deep !== undefined && deep !== null && agreeCell(cell, deep) !== "wrong") continue;
      const terms =
        rows.length <= 4
          ? rows.map((r) => formatNumber(r[field]?.num ?? 0, 0)).join(" + ")
          : `jumlah ${rows.length} baris di bawahnya`;
      out.push(
        makeFinding(
          "ROLLUP_MISMATCH",
          "error",
          cell,
          `${FIELD_LABEL[field]} tertulis ${formatNumber(cell.num, 0)} tetapi ${terms} = ${formatNumber(sum, 0)} (selisih ${formatNumber(cell.num - sum, 0)})`,
          cell.num,
          sum,
        ),
      );
    }
  }
  return out;
};
