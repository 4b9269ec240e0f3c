import type { ModelCell } from "../../model/types";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";
import { show } from "../fmt";

/**
 * NEGATIVE_VALUE: a negative target or realisasi (growth −3 %): capaian is computed as written, but the reader should
 * check the polarity (docs/DOMAIN.md §2.2). A negative pagu or realisasi anggaran is an error: Rupiah spent
 * or allotted are never below 0 (docs/DOMAIN.md §5), and OVER_BUDGET stays silent on it.
 * @example negativeValue(model, evals, ctx)[0].message //=> "Target bernilai negatif (−3); capaian dihitung apa adanya, periksa polaritasnya"
 */
export const negativeValue: Rule = (model) => {
  const out: Finding[] = [];
  for (const row of model.anggaran)
    for (const [what, cell] of [
      ["Pagu sebelum perubahan", row.paguSebelum],
      ["Pagu", row.pagu],
      ["Realisasi anggaran", row.realisasi],
    ] as const)
      money(out, what, cell);
  for (const ind of model.indikator) {
    money(out, "Pagu", ind.pagu);
    money(out, "Realisasi anggaran", ind.realisasiAnggaran);
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

function money(out: Finding[], what: string, cell: ModelCell | undefined): void {
  if (!cell || cell.num === null || cell.num >= 0) return;
  out.push(
    makeFinding(
      "NEGATIVE_VALUE",
      "error",
      cell,
      `${what} bernilai negatif (${show(cell.num)}); anggaran dan realisasinya tidak pernah di bawah 0, periksa isian sel`,
      cell.num,
      null,
    ),
  );
}
