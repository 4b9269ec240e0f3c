import { formatNumber } from "../../numbers";
import type { ModelCell } from "../../model/types";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";

/**
 * OVER_BUDGET: realisasi anggaran above pagu (docs/DOMAIN.md §5: a warning, not an error).
 * @example overBudget(model, evals, ctx)[0].message //=> "Realisasi 1.200.000 melebihi pagu 1.000.000 (serapan 120,00%)"
 */
export const overBudget: Rule = (model) => {
  const out: Finding[] = [];
  for (const row of model.anggaran) check(out, row.pagu, row.realisasi);
  for (const ind of model.indikator) check(out, ind.pagu, ind.realisasiAnggaran);
  return out;
};

function check(out: Finding[], pagu: ModelCell | undefined, real: ModelCell | undefined): void {
  const p = pagu?.num;
  const r = real?.num;
  if (!real || p === undefined || p === null || r === undefined || r === null || r <= p) return;
  if (p < 0 || r < 0) return; // "Realisasi 0 melebihi pagu -1" is no news: NEGATIVE_VALUE says it
  const pct = p > 0 ? ` (serapan ${formatNumber((r / p) * 100)}%)` : "";
  out.push(
    makeFinding(
      "OVER_BUDGET",
      "warning",
      real,
      `Realisasi ${formatNumber(r, 0)} melebihi pagu ${formatNumber(p, 0)}${pct}`,
      r,
      p,
    ),
  );
}
