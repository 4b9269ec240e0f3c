import { formatNumber } from "../../numbers";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";
import { agreeCell } from "../stated";
import { childrenOf, FIELD_LABEL, MONEY_FIELDS, sumField, type MoneyField } from "../children";
import type { Model } from "../../model/types";

/**
 * ROLLUP_MISMATCH: a parent's pagu/realisasi is not Σ of its direct children as stated (docs/DOMAIN.md §5); a wrong
 * kegiatan is reported once, not again at its program (which may agree with the sums of the leaves instead).
 * @example rollupMismatch(model, evals, ctx)[0].message //=> "Realisasi tertulis 917.506.900 tetapi jumlah 7 baris di bawahnya = 889.556.900 (selisih 27.950.000)"
 */
export const rollupMismatch: Rule = (model, evals) => {
  const out: Finding[] = [];
  const children = childrenOf(model);
  const leaves = new Map<MoneyField, Map<number, number>>();
  const leafSum = (field: MoneyField, parent: number): number | undefined => {
    if (field === "pagu" || field === "realisasi") return evals.anggaran[parent]?.computed?.[field];
    if (!leaves.has(field)) leaves.set(field, leafSums(model, children, field));
    return leaves.get(field)?.get(parent);
  };
  for (const [parent, kids] of children) {
    const row = model.anggaran[parent];
    if (!row || row.rowKind !== "data") continue;
    const rows = kids.map((k) => model.anggaran[k]);
    for (const field of MONEY_FIELDS) {
      const cell = row[field];
      const sum = sumField(rows, field);
      if (!cell || cell.num === null || sum === null || !Number.isFinite(cell.num - sum)) continue;
      if (agreeCell(cell, sum) !== "wrong") continue;
      // A wrong kegiatan is its own finding: the program still agrees with the sums of the leaves below it.
      const deep = leafSum(field, parent);
      if (deep !== undefined && agreeCell(cell, deep) !== "wrong") continue;
      const terms =
        rows.length === 1
          ? `satu-satunya baris di bawahnya (${rows[0][field]?.origin.cell})`
          : rows.length <= 4
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

/**
 * Σ of the leaves under every parent for a column the evaluation does not roll up (Renja form columns 5,
 * 6 and 14 Rp), an empty leaf counting 0 as in rollUp. Children stand below their parent, so one pass
 * from the last row up sums every branch without recursion.
 */
function leafSums(model: Model, children: Map<number, number[]>, field: MoneyField): Map<number, number> {
  const sums = new Map<number, number>();
  for (let i = model.anggaran.length - 1; i >= 0; i--) {
    const kids = children.get(i);
    if (!kids) continue;
    let total = 0;
    for (const k of kids) total += k > i ? (sums.get(k) ?? model.anggaran[k][field]?.num ?? 0) : 0;
    sums.set(i, total);
  }
  return sums;
}
