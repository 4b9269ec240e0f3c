import { formatNumber, roundHalfUp } from "../../numbers";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";
import { capaianStatements, isHiddenCap } from "../capaian-statements";

/**
 * CAP_HIDDEN: 100 (or a usual cap) printed while the ratio is higher and no batas is configured (000:L466: 673,58 % shown as 100 %).
 * @example capHidden(model, evals, { ...ctx, batas: null })[0].rule //=> "CAP_HIDDEN"
 */
export const capHidden: Rule = (model, evals, ctx) => {
  const out: Finding[] = [];
  model.indikator.forEach((ind, i) => {
    for (const s of capaianStatements(ind, evals.indikator[i])) {
      const stated = s.cell.num;
      if (stated === null || !s.computed.ok || !isHiddenCap(stated, s.computed, ctx.batas, s.alternatives))
        continue;
      out.push(
        makeFinding(
          "CAP_HIDDEN",
          "warning",
          s.cell,
          `${s.what} tertulis ${formatNumber(stated, 0)} padahal ${s.explain || formatNumber(s.computed.value)}: ` +
            `nilai dibatasi ${formatNumber(stated, 0)} tanpa batas atas yang dinyatakan (atur batas atau tulis nilai sebenarnya)`,
          stated,
          roundHalfUp(s.computed.value, 2),
        ),
      );
    }
  });
  return out;
};
