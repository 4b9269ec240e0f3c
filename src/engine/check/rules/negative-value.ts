import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";
import { show } from "../fmt";

/**
 * NEGATIVE_VALUE: a negative target or realisasi (growth −3 %): capaian is computed as written, but the reader should
 * check the polarity (DOMAIN.md §2, edge cases).
 * @example negativeValue(model, evals, ctx)[0].message //=> "Target bernilai negatif (−3); capaian dihitung apa adanya, periksa polaritasnya"
 */
export const negativeValue: Rule = (model) => {
  const out: Finding[] = [];
  for (const ind of model.indikator) {
    if (ind.rowKind !== "data") continue;
    for (const [what, cell] of [
      ["Target", ind.target],
      ["Realisasi", ind.realisasi],
    ] as const) {
      if (!cell || cell.num === null || cell.num >= 0) continue;
      out.push(
        makeFinding(
          "NEGATIVE_VALUE",
          "warning",
          cell,
          `${what} bernilai negatif (${show(cell.num)}); capaian dihitung apa adanya, periksa polaritasnya`,
          cell.num,
          null,
        ),
      );
    }
  }
  return out;
};
