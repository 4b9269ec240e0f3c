import type { Finding } from "../engine/check/finding";
import type { Model } from "../engine/model/types";
import { buildContext, type ReportContext } from "./context";
import type { ReportOptions } from "./options";

/** Label of the indicators whose capaian cannot be computed (empty target, #DIV/0! …). */
export const TIDAK_DAPAT_DIHITUNG = "Tidak dapat dihitung";

/** Number of indicators per kriteria label, in scale order, plus those without a kriteria. */
export function kriteriaCounts(ctx: ReportContext): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const band of ctx.evalCtx.scale.bands) counts[band.label] = 0;
  for (const e of ctx.kinerja) {
    const label = e.eval.kriteria?.label ?? TIDAK_DAPAT_DIHITUNG;
    counts[label] = (counts[label] ?? 0) + 1;
  }
  return counts;
}

export type ReportSummary = { kriteriaCounts: Record<string, number>; serapanTotal: number | null };

/**
 * What the CLI and the task pane print after generating: indicators per kriteria and total serapan.
 * @example reportSummary(model, [], {}).serapanTotal //=> 49.1406… (004: 4.847.956.007 / 9.865.481.222)
 */
export function reportSummary(model: Model, findings: Finding[], options: ReportOptions = {}): ReportSummary {
  return summaryOf(buildContext(model, findings, options));
}

/** The summary of an already evaluated report context. */
export function summaryOf(ctx: ReportContext): ReportSummary {
  const serapan = ctx.totals?.serapan;
  return { kriteriaCounts: kriteriaCounts(ctx), serapanTotal: serapan && serapan.ok ? serapan.value : null };
}
